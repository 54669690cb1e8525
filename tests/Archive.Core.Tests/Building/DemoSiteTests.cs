using Archive.Core.Building;
using Archive.Core.Engine;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Building;

/// <summary>Builds the repository's own input/, theme/ and site.yml into a temp folder once, and checks the tree.</summary>
public sealed class DemoSiteTests : IClassFixture<DemoSiteTests.BuiltSite>
{
    private const string BbcPage = "2014/03/30/ukraine-crisis-us-russia-deadlock-despite-frank-talks/index.html";
    private readonly BuiltSite _site;

    public DemoSiteTests(BuiltSite site) => _site = site;

    [Fact]
    public void The_demo_site_builds_cleanly() =>
        Assert.True(_site.Outcome.ExitCode == 0, string.Join('\n', _site.Outcome.Diagnostics));

    [Fact]
    public void The_BBC_article_page_has_the_headline_and_every_body_paragraph_and_no_boilerplate()
    {
        var html = _site.Read(BbcPage);

        Assert.Contains("<h1>Ukraine crisis: US-Russia deadlock despite &#39;frank&#39; talks</h1>", html, StringComparison.Ordinal);
        foreach (var paragraph in new[]
        {
            "US Secretary of State John Kerry has announced no breakthrough on Ukraine",
            "Earlier Mr Lavrov set out demands for a neutral and federal Ukraine.",
            "No wonder Sergei Lavrov looked satisfied",
            "Mr Lavrov has categorically denied any plans for an invasion.",
            "The Kerry-Lavrov meeting was hastily arranged",
            "Russia has taken over most of Ukraine&#39;s military bases in Crimea.",
            "He had faced months of demonstrations after pulling out of an association deal with Brussels.",
        })
        {
            Assert.Contains(paragraph, html, StringComparison.Ordinal);
        }

        foreach (var boilerplate in new[] { "More on This Story", "More Europe stories", "No remorse", "Take me there", "Copyright ©", "up-to-date web browser", "Try our new site" })
        {
            Assert.DoesNotContain(boilerplate, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_BBC_article_page_matches_its_snapshot() => Snapshot.Verify(_site.Read(BbcPage));

    [Theory]
    [InlineData("index.html")]
    [InlineData("2014/index.html")]
    [InlineData("2014/03/index.html")]
    [InlineData("2014/03/30/index.html")]
    [InlineData("tags/ukraine-crisis/index.html")]
    [InlineData("people/john-kerry/index.html")]
    [InlineData("places/crimea/index.html")]
    [InlineData("organisations/bbc/index.html")]
    [InlineData("sources/bbc-news/index.html")]
    public void Index_pages_exist_and_link_to_the_BBC_article(string page) =>
        Assert.Contains("/" + BbcPage[..^"index.html".Length], _site.Read(page), StringComparison.Ordinal);

    [Fact]
    public void Organisation_pages_exist_and_list_the_BBC_article()
    {
        var organisations = Directory.GetDirectories(_site.Combine("organisations"));

        Assert.Contains(organisations, folder => File.ReadAllText(Path.Combine(folder, "index.html")).Contains("ukraine-crisis-us-russia-deadlock", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_capture_is_in_the_build_report() =>
        Assert.Equal(
            Directory.GetFiles(Repository.PathOf("input"), "*", SearchOption.AllDirectories).Count(f => !f.EndsWith(".yml", StringComparison.Ordinal)),
            _site.Outcome.Report.Count(e => e.Status == "built"));

    public sealed class BuiltSite : IDisposable
    {
        private readonly TempFolder _folder = new();

        public BuiltSite()
        {
            Output = _folder.Combine("output");
            var paths = new BuildPaths(Repository.PathOf("input"), Output, Repository.PathOf("theme"), Repository.PathOf("site.yml"));
            Outcome = new SiteBuilder(paths).BuildAsync().GetAwaiter().GetResult();
        }

        public string Output { get; }

        public BuildOutcome Outcome { get; }

        public string Combine(string relative) => Path.Combine(Output, relative);

        public string Read(string relative) => File.ReadAllText(Combine(relative));

        public void Dispose() => _folder.Dispose();
    }
}
