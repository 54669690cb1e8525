using Archive.Site.Tests.Support;

namespace Archive.Site.Tests;

/// <summary>
/// Every page built from the project's hostile-capture corpus (tests/Archive.Core.Tests/Fixtures/Hostile:
/// scripts, event handlers, javascript: URLs, SVG and mXSS tricks in every field) loaded in a real browser
/// with JavaScript on: no dialog opens and no executable script is on the page.
/// </summary>
public sealed class HostileBrowserTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [SkippableFact]
    public async Task No_page_built_from_hostile_captures_runs_a_script_or_opens_a_dialog()
    {
        SiteTools.RequireChromium();
        var corpus = Repository.PathOf("tests", "Archive.Core.Tests", "Fixtures", "Hostile");
        var site = await BuiltSite.BuildAsync("hostile", corpus, _folder.Combine("output"), siteFile: null);
        var pages = site.HtmlPages();
        Assert.True(pages.Count > 10, $"only {pages.Count} pages were built");
        await using var browser = await SiteBrowser.LaunchAsync();
        var problems = new List<string>();

        foreach (var page in pages)
        {
            var path = BuiltSite.UrlPathOf(page);
            var seen = new List<string>();
            var found = await browser.OpenAsync(
                site,
                path,
                async tab =>
            {
                // Let anything scheduled by the page (timers, error handlers of broken images) run.
                await tab.WaitForTimeoutAsync(100);
                // The search page's own module (the theme's search.js, fingerprinted) is the one script allowed.
                var executable = await tab.EvaluateAsync<int>(
                    "() => [...document.scripts].filter(s => s.type !== 'application/ld+json' && !(location.pathname === '/search/' && s.type === 'module' && /^\\/assets\\/js\\/search\\.[0-9a-f]+\\.js$/.test(s.getAttribute('src')) && s.text === '')).length");
                if (executable > 0)
                {
                    seen.Add($"{path}: {executable} executable script element(s)");
                }

                lock (seen)
                {
                    return seen.ToList();
                }
            },
                beforeLoad: tab => tab.Dialog += (_, dialog) =>
                {
                    lock (seen)
                    {
                        seen.Add($"{path}: a {dialog.Type} dialog opened: {dialog.Message}");
                    }

                    _ = dialog.DismissAsync();
                });
            problems.AddRange(found);
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    public void Dispose() => _folder.Dispose();
}
