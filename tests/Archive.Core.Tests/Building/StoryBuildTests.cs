using Archive.Core.Building;
using Archive.Core.Caching;
using Archive.Core.Engine;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Building;

/// <summary>A story captured twice is one article page listing both captures, everywhere counted once.</summary>
public sealed class StoryBuildTests
{
    private const string Story = "2014-04-17_geneva-talks.txt";
    private const string Page = "2014/04/17/geneva-talks-end-with-deal-to-calm-eastern-ukraine/index.html";

    [Fact]
    public async Task A_second_capture_of_a_story_adds_no_page_and_is_listed_under_captures()
    {
        using var folder = SiteCopy.Make();
        var before = await Build(folder, "before", null);
        AddLaterCapture(folder);

        var after = await Build(folder, "after", null);

        Assert.Equal(0, after.ExitCode);
        var pagesBefore = SiteCopy.Tree(folder.Combine("before")).Keys.Order(StringComparer.Ordinal).ToList();
        var pagesAfter = SiteCopy.Tree(folder.Combine("after")).Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pagesBefore, pagesAfter);
        var page = File.ReadAllText(folder.Combine("after", Page));
        Assert.Contains("<h2 id=\"captures-heading\">Captures</h2>", page, StringComparison.Ordinal);
        Assert.Contains("2014-04-17_geneva-talks.txt", page, StringComparison.Ordinal);
        Assert.Contains("later/geneva-again.txt", page, StringComparison.Ordinal);
        Assert.Contains("2014-05-01", page, StringComparison.Ordinal);
        Assert.DoesNotContain("captures-heading", File.ReadAllText(folder.Combine("before", Page)), StringComparison.Ordinal);
        Assert.Equal(before.Report.Count + 1, after.Report.Count);
        Assert.Contains(after.Report, e => e.Path == "later/geneva-again.txt" && e.Permalink == "/" + Page[..^"index.html".Length]);
    }

    [Fact]
    public async Task A_cached_build_after_adding_a_capture_is_byte_identical_to_a_cold_build()
    {
        using var folder = SiteCopy.Make();
        await Build(folder, "out", BuildCache.Open(folder.Combine(".cache")));
        AddLaterCapture(folder);

        var cached = await Build(folder, "out", BuildCache.Open(folder.Combine(".cache")));
        var cold = await Build(folder, "cold", null);

        Assert.Equal(SiteCopy.Tree(folder.Combine("cold")), SiteCopy.Tree(folder.Combine("out")));
        Assert.Equal(cold.Diagnostics, cached.Diagnostics);
        Assert.Equal(cold.Report, cached.Report);
    }

    [Fact]
    public async Task An_earlier_capture_with_another_headline_moves_the_story_and_its_old_address_redirects()
    {
        using var folder = SiteCopy.Make();
        Directory.CreateDirectory(folder.Combine("input", "earlier"));
        var text = File.ReadAllText(folder.Combine("input", Story))
            .Replace("Geneva talks end with deal to calm eastern Ukraine", "Geneva talks reach a deal on Ukraine", StringComparison.Ordinal);
        File.WriteAllText(folder.Combine("input", "earlier", "geneva.txt"), text);
        File.WriteAllText(folder.Combine("input", "earlier", "geneva.txt.yml"), "captured: 2014-04-17\npublished: 2014-04-17\n");
        File.WriteAllText(folder.Combine("input", Story + ".yml"), "captured: 2014-04-18\n");

        var outcome = await Build(folder, "out", null);

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(folder.Combine("out", "2014/04/17/geneva-talks-reach-a-deal-on-ukraine/index.html")));
        Assert.False(File.Exists(folder.Combine("out", Page)));
        Assert.Contains(
            "/2014/04/17/geneva-talks-end-with-deal-to-calm-eastern-ukraine/ /2014/04/17/geneva-talks-reach-a-deal-on-ukraine/ 301",
            File.ReadAllText(folder.Combine("out", "_redirects")),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_text_under_another_publisher_is_its_own_page_linked_as_the_same_story_elsewhere()
    {
        using var folder = SiteCopy.Make();
        File.WriteAllText(folder.Combine("input", Story + ".yml"), "url: https://news.example.com/geneva-talks\nsource: Example News\n");
        Directory.CreateDirectory(folder.Combine("input", "wire"));
        File.Copy(folder.Combine("input", Story), folder.Combine("input", "wire", "geneva.txt"));
        File.WriteAllText(folder.Combine("input", "wire", "geneva.txt.yml"), "url: https://other.example.org/world/geneva\nsource: Other Daily\n");

        var outcome = await Build(folder, "out", null);

        Assert.Equal(0, outcome.ExitCode);
        var pages = outcome.Report.Where(e => e.Path is Story or "wire/geneva.txt").Select(e => e.Permalink).ToList();
        Assert.Equal(2, pages.Distinct().Count());
        foreach (var (own, other) in new[] { (pages[0]!, pages[1]!), (pages[1]!, pages[0]!) })
        {
            var html = File.ReadAllText(folder.Combine("out", own.Trim('/'), "index.html"));
            var elsewhere = html[html.IndexOf("elsewhere-heading", StringComparison.Ordinal)..];
            Assert.Contains($"href=\"{other}\"", elsewhere[..elsewhere.IndexOf("</section>", StringComparison.Ordinal)], StringComparison.Ordinal);
            var related = html.IndexOf("related-heading", StringComparison.Ordinal) is var at and >= 0 ? html[at..] : "";
            Assert.DoesNotContain($"href=\"{other}\"", related, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_capture_whose_text_changed_is_a_version_with_its_own_unlisted_page_and_what_changed_on_the_story_page()
    {
        using var folder = SiteCopy.Make();
        Directory.CreateDirectory(folder.Combine("input", "later"));
        var text = File.ReadAllText(folder.Combine("input", Story))
            .Replace("Geneva talks end with deal to calm eastern Ukraine", "Geneva talks end with a deal to calm eastern Ukraine", StringComparison.Ordinal)
            .Replace("after seven hours of talks", "after eight hours of talks", StringComparison.Ordinal);
        File.WriteAllText(folder.Combine("input", "later", "geneva.txt"), text);
        File.WriteAllText(folder.Combine("input", "later", "geneva.txt.yml"), "captured: 2014-05-01\n");
        File.WriteAllText(folder.Combine("input", Story + ".yml"), "captured: 2014-04-18\n");

        var outcome = await Build(folder, "out", null);

        Assert.Equal(0, outcome.ExitCode);
        var story = File.ReadAllText(folder.Combine("out", Page));
        var versions = story[story.IndexOf("id=\"versions-heading\"", StringComparison.Ordinal)..];
        versions = versions[..versions.IndexOf("</section>", StringComparison.Ordinal)];
        var address = "/" + Page[..^"index.html".Length];
        Assert.Contains($"href=\"{address}versions/2014-04-18/\"", versions, StringComparison.Ordinal);
        Assert.Contains($"href=\"{address}versions/2014-05-01/\"", versions, StringComparison.Ordinal);
        Assert.True(versions.IndexOf("Changed headline", StringComparison.Ordinal) < versions.IndexOf("Changed paragraph", StringComparison.Ordinal));
        Assert.Contains("<del><span class=\"visually-hidden\">[removed: </span>seven<", versions, StringComparison.Ordinal);
        Assert.Contains("<ins><span class=\"visually-hidden\">[added: </span>eight<", versions, StringComparison.Ordinal);
        var first = File.ReadAllText(folder.Combine("out", Page[..^"index.html".Length] + "versions/2014-04-18/index.html"));
        Assert.Contains("<h1>Geneva talks end with deal to calm eastern Ukraine</h1>", first, StringComparison.Ordinal);
        Assert.Contains("after seven hours of talks", first, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pagefind-body", first, StringComparison.Ordinal);
        Assert.DoesNotContain("/versions/", File.ReadAllText(folder.Combine("out", "sitemap.xml")), StringComparison.Ordinal);
        Assert.DoesNotContain("/versions/", File.ReadAllText(folder.Combine("out", "feed.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_original_source_a_copy_names_is_named_on_both_publishers_pages()
    {
        using var folder = SiteCopy.Make();
        File.WriteAllText(folder.Combine("input", Story + ".yml"), "url: https://news.example.com/geneva-talks\nsource: Example News\n");
        Directory.CreateDirectory(folder.Combine("input", "wire"));
        var text = File.ReadAllText(folder.Combine("input", Story))
            .Replace("Diplomats meeting in Geneva", "GENEVA (Kappa Wire Service) — Diplomats meeting in Geneva", StringComparison.Ordinal);
        File.WriteAllText(folder.Combine("input", "wire", "geneva.txt"), text);
        File.WriteAllText(folder.Combine("input", "wire", "geneva.txt.yml"), "url: https://other.example.org/world/geneva\nsource: Other Daily\n");

        var outcome = await Build(folder, "out", null);

        Assert.Equal(0, outcome.ExitCode);
        var pages = outcome.Report.Where(e => e.Path is Story or "wire/geneva.txt").Select(e => e.Permalink!).Distinct().ToList();
        Assert.Equal(2, pages.Count);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(folder.Combine("out", page.Trim('/'), "index.html"));
            Assert.Contains("<dt>Original source</dt><dd>Kappa Wire Service", html, StringComparison.Ordinal);
            var elsewhere = html[html.IndexOf("elsewhere-heading", StringComparison.Ordinal)..];
            Assert.Contains("the original source is Kappa Wire Service", elsewhere[..elsewhere.IndexOf("</section>", StringComparison.Ordinal)], StringComparison.Ordinal);
        }
    }

    private static void AddLaterCapture(TempFolder folder)
    {
        Directory.CreateDirectory(folder.Combine("input", "later"));
        var text = File.ReadAllText(folder.Combine("input", Story)) + "\nA note added when the page was saved again, a fortnight later, long enough to be prose.\n";
        File.WriteAllText(folder.Combine("input", "later", "geneva-again.txt"), text);
        File.WriteAllText(folder.Combine("input", "later", "geneva-again.txt.yml"), "captured: 2014-05-01\n");
    }

    private static Task<BuildOutcome> Build(TempFolder folder, string output, BuildCache? cache) =>
        new SiteBuilder(new BuildPaths(folder.Combine("input"), folder.Combine(output), folder.Combine("theme"), folder.Combine("site.yml"))) { Cache = cache }.BuildAsync();
}
