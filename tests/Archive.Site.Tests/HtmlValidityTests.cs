using Archive.Site.Tests.Support;
using Xunit.Abstractions;

namespace Archive.Site.Tests;

/// <summary>Every page of each built site is valid HTML according to the Nu HTML Checker (the W3C validator).</summary>
[Collection(SiteCollection.Name)]
public sealed class HtmlValidityTests(BuiltSites sites, ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData(BuiltSites.Demo)]
    [InlineData(BuiltSites.Synthetic)]
    [InlineData(BuiltSites.Images)]
    public async Task Every_page_is_valid_HTML_per_the_Nu_HTML_Checker(string name)
    {
        SiteTools.RequireNuChecker();
        var site = await sites.GetAsync(name);
        var pages = site.HtmlPages().Count;

        var report = await NuChecker.CheckFolderAsync(site.Output);

        output.WriteLine($"{site}: {pages} pages built in {site.BuildTime.TotalSeconds:0.0} s, checked in {report.Elapsed.TotalSeconds:0.0} s: {report.Messages.Count} error(s), vnu exit code {report.ExitCode}.");
        foreach (var message in report.Messages.Take(50))
        {
            output.WriteLine(message.ToString());
        }

        Assert.True(pages > 0, $"{site} has no pages.");
        Assert.True(report.Messages.Count == 0 && report.ExitCode == 0, $"{report.Messages.Count} validator error(s) in {site}:\n" + string.Join('\n', report.Messages.Take(50)));
    }
}
