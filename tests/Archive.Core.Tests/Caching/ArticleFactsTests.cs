using System.Reflection;
using Archive.Core.Analysis.Index;
using Archive.Core.Building;
using Archive.Core.Caching;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Model;
using Archive.Core.Rendering;
using Archive.Core.Rendering.Pages;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Caching;

/// <summary>
/// The article pages' part of the page dependency map (<see cref="ArticleFacts"/>) is hashed by hand: these tests hold
/// its lists to the <see cref="Article"/> record and check that each field it claims to hash changes the facts.
/// </summary>
public sealed class ArticleFactsTests
{
    [Fact]
    public void Every_property_of_an_article_is_either_hashed_or_named_as_not_shown()
    {
        var properties = typeof(Article).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Empty(ArticleFacts.Shown.Intersect(ArticleFacts.NotShown));
        Assert.Equal(properties, ArticleFacts.Shown.Concat(ArticleFacts.NotShown).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Changing_any_field_it_hashes_changes_the_facts()
    {
        var article = new Article
        {
            SourcePath = "harbour.md",
            Title = "Harbour crane collapse",
            Standfirst = "The north quay is closed.",
            Byline = "By Ada Quill",
            SourceName = "Harbour Gazette",
            CanonicalUrl = "https://example.org/crane",
            Published = new DateOnly(2020, 3, 1),
            PublishedConfidence = DateConfidence.Exact,
            Captured = new DateOnly(2020, 3, 2),
            Dateline = "TROMSØ",
            Body = [new Block(BlockKind.Paragraph, "The crane fell on Monday.")],
            Lead = new Figure("crane.jpg", "A crane", null),
            Captions = ["The quay"],
            Tags = ["Harbour works"],
            Captures = [new CaptureRef("harbour.md", CaptureFormat.Markdown, new DateOnly(2020, 3, 2), null, "Harbour crane collapse", new DateOnly(2020, 3, 1))],
            Elsewhere = ["copy.md"],
            Wire = "Quay Press",
            Permalink = "/2020/03/01/harbour-crane-collapse/",
        };
        var changed = new Dictionary<string, Article>
        {
            [nameof(Article.SourcePath)] = article with { SourcePath = "harbour-2.md" },
            [nameof(Article.Title)] = article with { Title = "Harbour crane falls" },
            [nameof(Article.Standfirst)] = article with { Standfirst = null },
            [nameof(Article.Byline)] = article with { Byline = "By Bo Quill" },
            [nameof(Article.SourceName)] = article with { SourceName = "Quayside Courier" },
            [nameof(Article.CanonicalUrl)] = article with { CanonicalUrl = "https://example.org/crane-2" },
            [nameof(Article.Published)] = article with { Published = new DateOnly(2020, 3, 3) },
            [nameof(Article.PublishedConfidence)] = article with { PublishedConfidence = DateConfidence.Inferred },
            [nameof(Article.Captured)] = article with { Captured = null },
            [nameof(Article.Dateline)] = article with { Dateline = "BERGEN" },
            [nameof(Article.Body)] = article with { Body = [new Block(BlockKind.Paragraph, "The crane fell on Tuesday.")] },
            [nameof(Article.Lead)] = article with { Lead = new Figure("crane.jpg", "A crane on the quay", null) },
            [nameof(Article.Captions)] = article with { Captions = [] },
            [nameof(Article.Tags)] = article with { Tags = ["Harbour works", "Cranes"] },
            [nameof(Article.Captures)] = article with { Captures = [article.Captures[0] with { OriginalUrl = "https://example.org/crane" }] },
            [nameof(Article.Elsewhere)] = article with { Elsewhere = [] },
            [nameof(Article.Versions)] = article with { Versions = [new StoryVersion("2020-03-02", new DateOnly(2020, 3, 2), ["harbour.md"], "Harbour crane collapse", article.Body)] },
            [nameof(Article.Wire)] = article with { Wire = null },
            [nameof(Article.Permalink)] = article with { Permalink = "/2020/03/01/harbour-crane-falls/" },
        };
        Assert.Equal(ArticleFacts.Shown.Order(StringComparer.Ordinal), changed.Keys.Order(StringComparer.Ordinal));

        var copy = new Article { SourcePath = "copy.md", Title = "Crane collapse at the harbour", Published = new DateOnly(2020, 3, 1), Tags = ["Harbour works"] };
        var before = FactsOf(article, copy);
        Assert.Equal(before, FactsOf(article with { }, copy));
        foreach (var (field, variant) in changed)
        {
            Assert.True(before != FactsOf(variant, copy), $"{field}: changing it left the facts as they were");
        }

        // What the page shows of other articles: the summary of a syndicated copy, and of a related article.
        Assert.NotEqual(before, FactsOf(article, copy with { Title = "Crane down at the harbour" }));
        var alone = article with { Elsewhere = [] };
        Assert.NotEqual(FactsOf(alone, copy), FactsOf(alone, copy with { Title = "Crane down at the harbour" }));
    }

    [Fact]
    public async Task A_page_that_gained_versions_and_lost_them_again_is_not_kept_from_before()
    {
        // The demo's story saved twice: the same text, then a word changed in the second capture (the story now has
        // versions, a page the map does not hold), then that edit undone: the page must lose its Versions section again.
        using var folder = SiteCopy.Make();
        const string story = "2014-04-17_geneva-talks.txt";
        var original = File.ReadAllText(folder.Combine("input", story));
        var again = folder.Combine("input", "later", "geneva-again.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(again)!);
        File.WriteAllText(again, original);
        File.WriteAllText(again + ".yml", "captured: 2014-05-01\n");
        var cache = BuildCache.InMemory();
        Assert.Equal(0, (await Builder(folder, "out", cache).BuildAsync()).ExitCode);
        cache.TrustOutput = true;

        var edited = original.Replace("after seven hours of talks", "after eight hours of talks", StringComparison.Ordinal);
        Assert.NotEqual(original, edited);
        foreach (var text in new[] { edited, original })
        {
            File.WriteAllText(again, text);
            var builder = Builder(folder, "out", cache, [again]);
            Assert.Equal(0, (await builder.BuildAsync()).ExitCode);
            Assert.True(builder.KeptArchive, "the edit did not take the text path (the path whose kept entries stand)");
            var cold = folder.Combine("cold");
            if (Directory.Exists(cold))
            {
                Directory.Delete(cold, recursive: true);
            }

            Assert.Equal(0, (await Builder(folder, "cold", null).BuildAsync()).ExitCode);
            Assert.Equal(SiteCopy.Tree(cold), SiteCopy.Tree(folder.Combine("out")));
        }

        Assert.DoesNotContain("versions-heading", File.ReadAllText(folder.Combine("out", "2014/04/17/geneva-talks-end-with-deal-to-calm-eastern-ukraine/index.html")), StringComparison.Ordinal);
    }

    private static SiteBuilder Builder(TempFolder folder, string output, BuildCache? cache, IReadOnlyCollection<string>? changed = null) =>
        new(new BuildPaths(folder.Combine("input"), folder.Combine(output), folder.Combine("theme"), folder.Combine("site.yml"))) { Cache = cache, ChangedFiles = changed };

    private static UInt128 FactsOf(Article article, Article other)
    {
        var diagnostics = new List<Diagnostic>();
        var theme = Theme.Load(Repository.PathOf("theme"), asset => "/" + asset, diagnostics)!;
        var factory = new PageFactory(theme, SiteBuilder.LoadSettings(null, diagnostics), new ArchiveIndex([article, other]));
        using var output = new TempFolder();
        var facts = new PageFacts(new PageReuse(output.Path, ThemeSalts.Of(Repository.PathOf("theme"), 0), new Dictionary<string, UInt128>(), null), null);
        var elsewhere = article.Elsewhere.Contains(other.SourcePath) ? [other] : Array.Empty<Article>();
        var related = factory.Index.Related(article, 5).Except(elsewhere).ToList();
        return ArticleFacts.Of(facts, factory, ViewHasher.Of(factory.Site), article, ViewHasher.Of(article.Body), related, elsewhere);
    }
}
