using System.Text;
using Archive.Core.Building;
using Archive.Core.Caching;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Normalization;

namespace Archive.Core.Tests.Hostile;

/// <summary>
/// One capture must not fan out into output that grows faster than the capture: each tag made a page and a feed
/// listing every tag of the article, so 1,000 tags gave 40 MB and 4,000 gave 502 MB. The caps are asserted, never the time.
/// </summary>
public sealed class FanOutTests
{
    private const string Body = "Ministers met on Tuesday to agree the budget for the coming year, officials said.\n\n" +
        "The talks ran late into the night and ended without a statement from either side.\n";

    [Fact]
    public void A_sidecar_with_5000_tags_keeps_the_first_100_and_warns_once_naming_the_capture()
    {
        var result = Normalise("story.txt", Body, Sidecar(Tags(5_000)));

        Assert.Equal(Tags(100), result.Article.Tags);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "ARC018");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("story.txt", warning.File);
        Assert.Contains("4,900", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_tags_do_not_count_against_the_cap()
    {
        var repeated = Tags(100).Concat(Tags(100).Select(t => t.ToUpperInvariant())).ToList();

        var result = Normalise("story.txt", Body, Sidecar(repeated));

        Assert.Equal(repeated, result.Article.Tags);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ARC018");
    }

    [Fact]
    public void A_tag_of_half_a_megabyte_is_dropped_and_a_huge_title_cut_with_one_warning()
    {
        var hugeTag = new string('x', 512 * 1024);
        var hugeTitle = string.Concat(Enumerable.Repeat("Endless words ", 20_000));
        var sidecar = $"title: {hugeTitle}\nsource: {new string('S', 10_000)}\ntags: [Kept, {hugeTag}]\n";

        var result = Normalise("story.txt", Body, sidecar);

        Assert.Equal(["Kept"], result.Article.Tags);
        Assert.InRange(result.Article.Title.Length, 400, 500);
        Assert.StartsWith("Endless words Endless", result.Article.Title, StringComparison.Ordinal);
        Assert.Matches(" (Endless|words)…$", result.Article.Title);
        Assert.InRange(result.Article.SourceName!.Length, 1, 200);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "ARC019");
        Assert.Equal("story.txt", warning.File);
        Assert.Contains("title", warning.Message, StringComparison.Ordinal);
        Assert.Contains("source", warning.Message, StringComparison.Ordinal);
        Assert.Contains("tag", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_tags_are_capped_like_sidecar_tags()
    {
        var note = $"---\ntitle: A note\ntags: [{string.Join(", ", Tags(300))}]\n---\n{Body}";

        var result = Normalise("note.md", note, sidecar: null);

        Assert.Equal(100, result.Article.Tags.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == "ARC018" && d.File == "note.md");
    }

    [Fact]
    public async Task A_capture_with_5000_tags_builds_to_a_bounded_site_and_reports_the_cut()
    {
        using var folder = new TempFolder();
        folder.Write("input/story.txt", "Budget talks end without agreement\n\n" + Body);
        var sidecar = folder.Write("input/story.txt.yml", Sidecar(Tags(5_000)));

        var outcome = await new SiteBuilder(new BuildPaths(folder.Combine("input"), folder.Combine("out"), Repository.PathOf("theme"), null)).BuildAsync();

        Assert.Contains(outcome.Diagnostics, d => d.Code == "ARC018" && d.File == "story.txt" && d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(1, outcome.Report.Count(e => e.Status == "built"));
        var tagFolders = Directory.GetDirectories(folder.Combine("out", "tags"));
        Assert.Equal(100, tagFolders.Length);
        // Each tag page and feed lists one article with at most 100 tags: the site stays within a small multiple of
        // the sidecar (about 60 KB here); uncapped it was N feeds of N tags, hundreds of megabytes.
        var bytes = Directory.GetFiles(folder.Combine("out"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.InRange(bytes, 1, 50 * new FileInfo(sidecar).Length);
    }

    [Fact]
    public async Task An_article_naming_800_people_keeps_the_500_most_mentioned_and_warns()
    {
        using var folder = new TempFolder();
        var sentences = Enumerable.Range(0, 400).Select(i => $"On Tuesday {Name(2 * i)} met {Name((2 * i) + 1)} in the city, officials said.");
        folder.Write("input/roll-call.txt", "Talks in the capital\n\n" + string.Join("\n\n", sentences) + "\n");

        var outcome = await new SiteBuilder(new BuildPaths(folder.Combine("input"), folder.Combine("out"), Repository.PathOf("theme"), null)).BuildAsync();

        var warning = Assert.Single(outcome.Diagnostics, d => d.Code == "ARC060");
        Assert.Equal((DiagnosticSeverity.Warning, "roll-call.txt"), (warning.Severity, warning.File));
        var entityPages = new[] { "people", "places", "organisations" }
            .Select(kind => folder.Combine("out", kind))
            .Where(Directory.Exists)
            .Sum(kind => Directory.GetDirectories(kind).Count(d => !d.EndsWith("page", StringComparison.Ordinal)));
        Assert.Equal(500, entityPages);
    }

    [Fact]
    public async Task The_entity_cap_warning_is_replayed_when_the_article_comes_from_the_cache()
    {
        using var folder = new TempFolder();
        var sentences = Enumerable.Range(0, 300).Select(i => $"On Tuesday {Name(2 * i)} met {Name((2 * i) + 1)} in the city, officials said.");
        folder.Write("input/roll-call.txt", "Talks in the capital\n\n" + string.Join("\n\n", sentences) + "\n");
        var paths = new BuildPaths(folder.Combine("input"), folder.Combine("out"), Repository.PathOf("theme"), null);
        var cache = BuildCache.InMemory();
        Assert.Contains((await new SiteBuilder(paths) { Cache = cache }.BuildAsync()).Diagnostics, d => d.Code == "ARC060");
        folder.Write("input/other.md", "---\ntitle: Another story\npublished: 2020-01-02\n---\nA short body.\n");

        var rebuilt = new SiteBuilder(paths) { Cache = cache };
        var outcome = await rebuilt.BuildAsync();

        Assert.Equal(1, rebuilt.CacheCounts.CapturesCached); // roll-call.txt came from the cache
        Assert.Single(outcome.Diagnostics, d => d.Code == "ARC060" && d.File == "roll-call.txt");
    }

    private static CaptureResult Normalise(string path, string capture, string? sidecar) =>
        new CaptureProcessor(new SiteSettings(), CaptureReaderRegistry.CreateDefault()).Process(new CaptureFile(
            path, Encoding.UTF8.GetBytes(capture), sidecar is null ? null : path + ".yml", sidecar is null ? null : Encoding.UTF8.GetBytes(sidecar)));

    // Made-up two-word names, distinct for i below 8,000: "Kamiro Telvandor".
    private static string Name(int i)
    {
        string[] syllables = ["ka", "ro", "mi", "tel", "van", "dor", "bri", "sa", "lo", "nek", "tas", "fi", "gar", "mon", "zu", "pel", "ri", "cha", "den", "vo"];
        string Word(int n) => char.ToUpperInvariant(syllables[n % 20][0]) + syllables[n % 20][1..] + syllables[n / 20 % 20] + syllables[n / 400 % 20];
        return $"{Word(i)} {Word(7_999 - i)}";
    }

    // Names of letters only: a number of five digits would be dropped as a CMS code (TagShape) before the cap is reached.
    private static List<string> Tags(int count) => Enumerable.Range(1, count).Select(i => "Topic " + Letters(i)).ToList();

    private static string Letters(int number) =>
        number < 26 ? ((char)('a' + number)).ToString() : Letters((number / 26) - 1) + (char)('a' + (number % 26));

    private static string Sidecar(IEnumerable<string> tags) =>
        "title: Budget talks end without agreement\npublished: 2020-05-01\ntags:\n" + string.Concat(tags.Select(t => $"  - {t}\n"));
}
