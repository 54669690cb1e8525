using Archive.Site.Tests.Support;
using Deque.AxeCore.Playwright;

namespace Archive.Site.Tests;

/// <summary>
/// The checks can fail: each one, run on a tiny hand-made site with a known defect, reports it. Without these
/// a green site check could mean a checker that looks at nothing.
/// </summary>
public sealed class CheckerSelfTests : IDisposable
{
    private const string Good = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Good</title></head>
        <body><main><h1 id="top">Good</h1><p><a href="/bad.html">Bad page</a> <a href="#top">Top</a></p></main></body></html>
        """;

    private const string Bad = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Bad</title></head>
        <body><main><p>Text <div>block in a paragraph</p></span>
        <a href="/missing/">Missing</a> <a href="/index.html#nowhere">No such id</a>
        <img src="/missing.png">
        <p style="color:#777;background:#888">Low contrast</p></main></body></html>
        """;

    private readonly TempFolder _folder = new();
    private readonly BuiltSite _site;

    public CheckerSelfTests()
    {
        File.WriteAllText(_folder.Combine("index.html"), Good);
        File.WriteAllText(_folder.Combine("bad.html"), Bad);
        _site = BuiltSite.FromFolder("hand-made", _folder.Path, new Uri("https://example.org/"));
    }

    [SkippableFact]
    public async Task The_Nu_checker_reports_invalid_markup_on_the_page_that_has_it()
    {
        var report = await NuChecker.CheckFolderAsync(_folder.Path);

        Assert.NotEmpty(report.Messages);
        Assert.All(report.Messages, m => Assert.Equal("bad.html", m.File));
        Assert.NotEqual(0, report.ExitCode);
    }

    [Fact]
    public void The_link_checker_reports_a_missing_page_a_missing_image_and_a_missing_id()
    {
        var report = LinkChecker.Check(_site);

        Assert.Equal(
            ["bad.html: /index.html#nowhere (no element with id 'nowhere')", "bad.html: /missing.png (no such file)", "bad.html: /missing/ (no such file)"],
            report.Broken.Select(b => b.ToString()));
    }

    [SkippableFact]
    public async Task Axe_in_Chromium_reports_an_image_without_alt_text_and_low_contrast()
    {
        await using var browser = await SiteBrowser.LaunchAsync();

        var result = await browser.OpenAsync(_site, "/bad.html", page => page.RunAxe());

        Assert.Contains(result.Violations, v => v.Id == "image-alt" && v.Impact == "critical");
        Assert.Contains(result.Violations, v => v.Id == "color-contrast" && v.Impact == "serious");
    }

    public void Dispose() => _folder.Dispose();
}
