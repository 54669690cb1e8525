using Archive.Site.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Archive.Site.Tests.Search;

/// <summary>
/// The search page in Debian's Chromium over the built sites and their Pagefind index: a typed query shows
/// results, a person filter narrows them, the URL carries both, axe finds nothing serious, and the relevance
/// set (relevance.tsv) finds each of its articles in the first three results.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchBrowserTests(BuiltSites sites, AccessibilityTests.Browser browser, ITestOutputHelper output) : IClassFixture<AccessibilityTests.Browser>
{
    private const string ResultLinks = "#search-results > li > a";

    [SkippableFact]
    public async Task A_typed_query_shows_results_and_a_person_filter_narrows_them()
    {
        var site = await SearchableAsync(BuiltSites.Demo);
        var launched = await browser.GetAsync();

        var (before, after, url) = await launched.OpenAsync(site, "/search/", async page =>
        {
            await page.FillAsync("#search-query", "ukraine");
            var before = await ResultsAsync(page, "ukraine");
            await page.ClickAsync("#search-filter-panel > summary"); // filter counts are loaded when the filters are opened
            var person = page.Locator("fieldset[data-filter='person'] input[value='Barack Obama']");
            await person.CheckAsync();
            await page.WaitForFunctionAsync($"() => document.querySelectorAll('{ResultLinks}').length < {before.Count}");
            return (before, await HrefsAsync(page), page.Url);
        });

        Assert.True(before.Count >= 3, $"'ukraine' found {before.Count} article(s)");
        Assert.NotEmpty(after);
        Assert.True(after.Count < before.Count, $"the filter did not narrow: {after.Count} of {before.Count}");
        Assert.Subset(before.ToHashSet(), after.ToHashSet());
        Assert.EndsWith("/search/?q=ukraine&person=Barack+Obama", url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_search_within_link_opens_the_search_filtered_to_its_term()
    {
        var site = await SearchableAsync(BuiltSites.Demo);
        var termPage = File.ReadAllText(site.FullPath("people/sergei-lavrov/index.html"));
        Assert.Contains("<a href=\"/search/?person=Sergei%20Lavrov\">Search within these articles</a>", termPage, StringComparison.Ordinal);
        var launched = await browser.GetAsync();

        var (hrefs, checkedValue) = await launched.OpenAsync(site, "/search/?person=Sergei%20Lavrov", async page =>
        {
            await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.length > 0");
            return (await HrefsAsync(page), await page.Locator("fieldset[data-filter='person'] input:checked").GetAttributeAsync("value"));
        });

        Assert.Equal(3, hrefs.Count); // the three articles that mention him, newest first
        Assert.Equal("/2014/04/17/geneva-talks-end-with-deal-to-calm-eastern-ukraine/", hrefs[0]);
        Assert.Equal("Sergei Lavrov", checkedValue);
    }

    [SkippableTheory]
    [InlineData(BuiltSites.Demo)]
    [InlineData(BuiltSites.Synthetic)]
    public async Task Axe_finds_no_serious_or_critical_violation_with_results_and_filters_shown(string name)
    {
        var site = await SearchableAsync(name);
        var launched = await browser.GetAsync();

        var result = await launched.OpenAsync(site, "/search/?q=council", async page =>
        {
            await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.length > 0");
            await page.ClickAsync("#search-filter-panel > summary");
            await page.WaitForSelectorAsync("#search-filters:not([hidden]) input[type=checkbox]");
            return await page.RunAxe();
        });

        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"[{v.Impact}] {v.Id}: {v.Help}").ToList();
        Assert.True(blocking.Count == 0, string.Join('\n', blocking));
    }

    [SkippableTheory]
    [InlineData(BuiltSites.Demo)]
    [InlineData(BuiltSites.Synthetic)]
    public async Task The_index_holds_every_article_page_and_nothing_else(string name)
    {
        // Pagefind is given only the files at article addresses (PermalinkAssigner.PageGlob): an article page
        // outside that glob would silently drop out of search.
        var site = await SearchableAsync(name);
        var marked = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains("data-pagefind-body", StringComparison.Ordinal));
        using var entry = System.Text.Json.JsonDocument.Parse(File.ReadAllText(site.FullPath("pagefind/pagefind-entry.json")));
        var indexed = entry.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32());

        Assert.True(marked > 0, $"{site} has no article page");
        Assert.Equal(marked, indexed);
    }

    [SkippableFact]
    public async Task Every_query_of_the_relevance_set_finds_its_article_in_the_first_three()
    {
        var cases = RelevanceCase.ReadAll(Repository.PathOf("tests", "Archive.Site.Tests", "Search", "relevance.tsv"));
        Assert.True(cases.Count >= 40, $"the relevance set has {cases.Count} queries");
        var launched = await browser.GetAsync();
        var misses = new List<string>();

        foreach (var group in cases.GroupBy(c => c.Site))
        {
            var site = await SearchableAsync(group.Key);
            await launched.OpenAsync(site, "/search/", async page =>
            {
                foreach (var relevance in group)
                {
                    await page.FillAsync("#search-query", relevance.Query);
                    await page.PressAsync("#search-query", "Enter");
                    var top = (await ResultsAsync(page, relevance.Query)).Take(3).ToList();
                    output.WriteLine($"{relevance.Site}\t{relevance.Kind}\t{relevance.Query}\t{string.Join(' ', top)}");
                    if (!top.Contains(relevance.Article))
                    {
                        misses.Add($"{relevance.Site} ({relevance.Kind}) '{relevance.Query}': {relevance.Article} not in [{string.Join(", ", top)}]");
                    }
                }

                return 0;
            });
        }

        output.WriteLine($"{cases.Count - misses.Count} of {cases.Count} in the first three.");
        Assert.True(misses.Count == 0, string.Join('\n', misses));
    }

    /// <summary>The site, which must have its index: without Pagefind the search checks fail under CI and are skipped elsewhere.</summary>
    private async Task<BuiltSite> SearchableAsync(string name)
    {
        SiteTools.RequireChromium();
        SiteTools.RequirePagefind();
        var site = await sites.GetAsync(name);
        Assert.True(File.Exists(site.FullPath("pagefind/pagefind.js")), $"{site} was built without its search index:\n" + string.Join('\n', site.Outcome.Diagnostics));
        return site;
    }

    /// <summary>The result links once the status announces the results of <paramref name="query"/>.</summary>
    private static async Task<List<string>> ResultsAsync(IPage page, string query)
    {
        await page.WaitForFunctionAsync("q => document.getElementById('search-status').textContent.includes('“' + q + '”')", query);
        return await HrefsAsync(page);
    }

    private static async Task<List<string>> HrefsAsync(IPage page) =>
        [.. await page.Locator(ResultLinks).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")];
}
