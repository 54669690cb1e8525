using Archive.Site.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace Archive.Site.Tests;

/// <summary>
/// axe-core, in Debian's Chromium, finds no serious or critical accessibility violation on the home, article,
/// tag, entity and date pages (and the other page kinds) of each built site.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(BuiltSites sites, AccessibilityTests.Browser browser, ITestOutputHelper output) : IClassFixture<AccessibilityTests.Browser>
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static TheoryData<string, string> RequiredPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var site in new[] { BuiltSites.Demo, BuiltSites.Synthetic })
        {
            foreach (var (kind, _) in SamplePages.Kinds)
            {
                data.Add(site, kind);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(RequiredPages))]
    public async Task Axe_finds_no_serious_or_critical_violation(string name, string kind)
    {
        SiteTools.RequireChromium();
        var site = await sites.GetAsync(name);
        var path = SamplePages.Find(site, kind);
        Assert.True(path is not null, $"{site} has no {kind} page.");

        var blocking = await AuditAsync(site, kind, path!);

        Assert.True(blocking.Count == 0, $"{site} {kind} page {path}:\n" + string.Join('\n', blocking));
    }

    [SkippableTheory]
    [InlineData(BuiltSites.Demo)]
    [InlineData(BuiltSites.Synthetic)]
    public async Task Axe_finds_no_serious_or_critical_violation_on_other_page_kinds(string name)
    {
        SiteTools.RequireChromium();
        var site = await sites.GetAsync(name);
        var blocking = new List<string>();

        foreach (var (kind, _) in SamplePages.OptionalKinds)
        {
            if (SamplePages.Find(site, kind) is { } path)
            {
                blocking.AddRange((await AuditAsync(site, kind, path)).Select(v => $"{kind} page {path}: {v}"));
            }
        }

        Assert.True(blocking.Count == 0, $"{site}:\n" + string.Join('\n', blocking));
    }

    [SkippableFact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_a_page_with_figures()
    {
        SiteTools.RequireChromium();
        var site = await sites.GetAsync(BuiltSites.Images);
        var path = SamplePages.Find(site, "article");
        Assert.True(path is not null && File.ReadAllText(site.FullPath(path.TrimStart('/') + "index.html")).Contains("<figure", StringComparison.Ordinal), $"{site} has no article page with figures ({path}).");

        var blocking = await AuditAsync(site, "article", path!);

        Assert.True(blocking.Count == 0, $"{site} article page {path}:\n" + string.Join('\n', blocking));
    }

    private async Task<List<string>> AuditAsync(BuiltSite site, string kind, string path)
    {
        var launched = await browser.GetAsync();
        var result = await launched.OpenAsync(site, path, page => page.RunAxe());
        output.WriteLine($"{site} {kind} {path}: {result.Passes.Length} rules passed, {result.Violations.Length} violated, {result.Incomplete.Length} incomplete.");
        foreach (var violation in result.Violations)
        {
            output.WriteLine(Describe(violation));
        }

        return result.Violations.Where(v => Blocking.Contains(v.Impact)).Select(Describe).ToList();
    }

    private static string Describe(AxeResultItem violation) =>
        $"[{violation.Impact}] {violation.Id}: {violation.Help} ({violation.Nodes.Length} node(s): "
        + string.Join("; ", violation.Nodes.Take(5).Select(n => $"{n.Target} {n.Html}")) + ")";

    /// <summary>One Chromium for the whole class, launched on first use.</summary>
    public sealed class Browser : IAsyncDisposable
    {
        private Task<SiteBrowser>? _browser;

        internal Task<SiteBrowser> GetAsync() => _browser ??= SiteBrowser.LaunchAsync();

        public async ValueTask DisposeAsync()
        {
            if (_browser is { IsCompletedSuccessfully: true })
            {
                await (await _browser).DisposeAsync();
            }
        }
    }
}
