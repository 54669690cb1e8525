using System.Globalization;
using Archive.Core.Building;
using Archive.Core.Caching;
using Archive.Core.Engine;
using Archive.Core.Synthetic;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Caching;

/// <summary>
/// Preview rebuilds of the general path (an edit that changes what index pages show) with the page dependency map
/// (<see cref="Rendering.Pages.PageFacts"/>): lists and article pages whose facts did not change keep their pages unmade,
/// and the output is still, byte for byte, a cold build's. The site: generated captures and 45 notes under one tag, so that the
/// tag's list runs to three pages.
/// </summary>
public sealed class ListFactsRebuildTests
{
    private const int Notes = 45;

    [Fact]
    public async Task A_title_edit_of_an_article_on_page_two_of_a_tag_renders_that_page_again()
    {
        using var folder = Site();
        var cache = await Started(folder);
        var pageTwo = folder.Combine("out", "tags", "harbour-works", "page", "2", "index.html");
        Assert.Contains(TitleOf(10), File.ReadAllText(pageTwo), StringComparison.Ordinal);
        var ownPage = ArticlePagesShowing(folder, TitleOf(10)).First(p => File.ReadAllText(p).Contains($"<h1>{TitleOf(10)}</h1>", StringComparison.Ordinal));
        var relatedPages = ArticlePagesShowing(folder, TitleOf(10)).Where(p => p != ownPage).ToList();
        Assert.NotEmpty(relatedPages); // note 30 shares a second tag with it, so lists it first among its related articles

        var note = NotePath(folder, 10);
        File.WriteAllText(note, Note(10, title: "Harbour crane collapse closes the north quay"));
        var builder = Builder(folder, "out", cache, [note]);
        Assert.Equal(0, (await builder.BuildAsync()).ExitCode);

        Assert.False(builder.KeptArchive);
        Assert.True(builder.KeptLists > 0, "no list was kept: the dependency map was not used");
        Assert.True(builder.KeptArticlePages > 0, "no article page was kept: the dependency map was not used for them");
        Assert.Contains("Harbour crane collapse closes the north quay", File.ReadAllText(pageTwo), StringComparison.Ordinal);
        Assert.DoesNotContain(TitleOf(10), File.ReadAllText(pageTwo), StringComparison.Ordinal);

        // The pages that listed it as related show the new title: their facts hold their related articles' summaries.
        Assert.Empty(ArticlePagesShowing(folder, TitleOf(10)));
        Assert.All(relatedPages, p => Assert.Contains("Harbour crane collapse closes the north quay", File.ReadAllText(p), StringComparison.Ordinal));
        await AssertSameAsColdBuild(folder);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("standfirst")]
    [InlineData("date")]
    [InlineData("source")]
    [InlineData("tag")]
    [InlineData("entity")]
    [InlineData("new")]
    [InlineData("delete")]
    [InlineData("sidecar added")]
    [InlineData("sidecar removed")]
    public async Task Every_kind_of_edit_gives_the_cold_output_twice_in_a_row(string kind)
    {
        using var folder = Site();
        var capture = NotePath(folder, 20);
        if (kind == "sidecar removed")
        {
            File.WriteAllText(capture + ".yml", "title: A sidecar title the preview started with\ntags: [Harbour works]\n");
        }

        var cache = await Started(folder);

        // The edit, then a second one that undoes it or goes further: the map the first edit left must hold too.
        var generalPath = false;
        foreach (var step in new[] { 0, 1 })
        {
            var changed = Edit(folder, kind, step, capture);
            var builder = Builder(folder, "out", cache, changed);
            Assert.Equal(0, (await builder.BuildAsync()).ExitCode);
            await AssertSameAsColdBuild(folder);

            // The general path keeps the lists and article pages whose facts did not change; the text path keeps every
            // index page and unedited article page anyway.
            Assert.True(builder.KeptArchive || builder.KeptLists > 0, $"{kind}, step {step}: no list was kept ({builder.CacheCounts})");
            Assert.True(builder.KeptArchive || builder.KeptArticlePages > 0, $"{kind}, step {step}: no article page was kept ({builder.CacheCounts})");
            generalPath |= !builder.KeptArchive;

            // Edits that leave every article's mentions alone keep the last resolution's entities, and those that leave
            // every address, own source name, title and paragraph opening alone keep its source names; the others must not.
            var entitiesChange = kind is "entity" or "new" or "delete";
            var sourcesKept = kind is "standfirst" or "date" or "tag" || (kind is "sidecar added" or "sidecar removed" && step == 1);
            var sourcesChange = kind is "title" or "source" or "new" or "delete" || (kind is "sidecar added" or "sidecar removed" && step == 0);
            if (!builder.KeptArchive)
            {
                Assert.True(builder.KeptEntities != entitiesChange, $"{kind}, step {step}: entities kept {builder.KeptEntities}");
                Assert.True(!sourcesKept || builder.KeptSources, $"{kind}, step {step}: sources not kept");
                Assert.True(!sourcesChange || !builder.KeptSources, $"{kind}, step {step}: sources kept");
            }
        }

        Assert.True(generalPath, $"{kind}: neither edit took the general path");
    }

    private static string[] Edit(TempFolder folder, string kind, int step, string capture)
    {
        var i = 12 + step;
        var note = NotePath(folder, i);
        switch (kind)
        {
            case "title":
                File.WriteAllText(note, Note(i, title: $"Retitled harbour note {step}"));
                return [note];
            case "standfirst":
                File.WriteAllText(note, Note(i, standfirst: $"A standfirst written in the preview, take {step}."));
                return [note];
            case "date":
                File.WriteAllText(note, Note(i, published: new DateOnly(2021, 6, 1 + step)));
                return [note];
            case "source":
                File.WriteAllText(note, Note(i, source: step == 0 ? "Quayside Courier" : "Harbour Gazette"));
                return [note];
            case "tag":
                File.WriteAllText(note, Note(i, tags: step == 0 ? "[Harbour works, Shipping]" : "[Shipping]"));
                return [note];
            case "entity":
                File.WriteAllText(note, Note(i, extra: step == 0 ? "Ingrid Halvorsen-Maple met the harbour board in Tromsø on Monday." : "Ingrid Halvorsen-Maple and Tobias Ferncastle met the harbour board in Tromsø on Monday."));
                return [note];
            case "new":
                var added = folder.Combine("input", $"note-new-{step}.md");
                File.WriteAllText(added, NoteText(Notes + step, TitleOf(Notes + step), null, new DateOnly(2019, 1, 1).AddDays(3 + step), "Harbour Gazette", "[Harbour works]", null));
                return [added];
            case "delete":
                File.Delete(note);
                return [note];
            case "sidecar added":
                File.WriteAllText(capture + ".yml", step == 0 ? "title: A sidecar title added in the preview\n" : "title: A sidecar title added in the preview\ntags: [Harbour works]\n");
                return [capture + ".yml"];
            case "sidecar removed":
                if (step == 0)
                {
                    File.Delete(capture + ".yml");
                }
                else
                {
                    File.WriteAllText(capture + ".yml", "standfirst: Back again, with a standfirst this time.\n");
                }

                return [capture + ".yml"];
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>Generated captures and <see cref="Notes"/> notes tagged 'Harbour works' (notes 10 and 30 also 'Quay cranes'), one a day from 2019-01-01.</summary>
    private static TempFolder Site()
    {
        var folder = new TempFolder();
        SyntheticArchive.WriteTo(folder.Combine("input"), new SyntheticOptions { Count = 40, Seed = 3 });
        using (var site = SiteCopy.Make())
        {
            File.Copy(site.Combine("site.yml"), folder.Combine("site.yml"));
            CopyTree(site.Combine("theme"), folder.Combine("theme"));
        }

        for (var i = 0; i < Notes; i++)
        {
            File.WriteAllText(NotePath(folder, i), Note(i));
        }

        return folder;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Article pages (under a year's folder) whose HTML holds <paramref name="text"/>.</summary>
    private static IEnumerable<string> ArticlePagesShowing(TempFolder folder, string text) =>
        Directory.GetFiles(folder.Combine("out"), "index.html", SearchOption.AllDirectories)
            .Where(p => Path.GetRelativePath(folder.Combine("out"), p).Split(Path.DirectorySeparatorChar) is [var year, var month, var day, _, "index.html"] &&
                        (year + month + day).All(char.IsAsciiDigit))
            .Where(p => File.ReadAllText(p).Contains(text, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string NotePath(TempFolder folder, int i) => folder.Combine("input", $"note-{i:00}.md");

    private static string TitleOf(int i) => $"Harbour works report number {Words[i % Words.Length]} {i.ToString(CultureInfo.InvariantCulture)}";

    private static string Note(int i, string? title = null, string? standfirst = null, DateOnly? published = null, string? source = null, string? tags = null, string? extra = null) =>
        NoteText(i, title ?? TitleOf(i), standfirst, published ?? new DateOnly(2019, 1, 1).AddDays(i), source ?? "Harbour Gazette", tags ?? (i is 10 or 30 ? "[Harbour works, Quay cranes]" : "[Harbour works]"), extra);

    private static string NoteText(int i, string title, string? standfirst, DateOnly published, string source, string tags, string? extra)
    {
        // Bodies of words drawn per note, so that no two notes read as one story.
        var random = new Random(1000 + i);
        var sentences = Enumerable.Range(0, 6).Select(_ =>
            string.Join(' ', Enumerable.Range(0, 14).Select(_ => Words[random.Next(Words.Length)])) + ".").ToList();
        var body = string.Concat(sentences.Select(s => char.ToUpperInvariant(s[0]) + s[1..] + " "));
        return "---\n" +
               $"title: {title}\n" +
               (standfirst is null ? "" : $"standfirst: {standfirst}\n") +
               $"published: {published:yyyy-MM-dd}\n" +
               $"source: {source}\n" +
               $"tags: {tags}\n" +
               "---\n\n" +
               body.Trim() + "\n\n" + (extra is null ? "" : extra + "\n");
    }

    private static readonly string[] Words =
    [
        "crane", "quay", "tide", "berth", "ferry", "cargo", "dredging", "pier", "lock", "gate", "ballast", "pilot", "mooring",
        "tug", "slipway", "warehouse", "container", "bollard", "channel", "breakwater", "silt", "survey", "tender", "budget",
        "council", "contract", "delay", "engineer", "weather", "storm", "repair", "concrete", "steel", "timber", "dock",
        "harbourmaster", "fishing", "trawler", "marina", "lighthouse", "buoy", "anchor", "jetty", "estuary", "sluice",
    ];

    private static async Task AssertSameAsColdBuild(TempFolder folder)
    {
        var cold = folder.Combine("cold");
        if (Directory.Exists(cold))
        {
            Directory.Delete(cold, recursive: true);
        }

        Assert.Equal(0, (await Builder(folder, "cold", null).BuildAsync()).ExitCode);
        Assert.Equal(SiteCopy.Tree(cold), SiteCopy.Tree(folder.Combine("out")));
    }

    private static async Task<BuildCache> Started(TempFolder folder)
    {
        var cache = BuildCache.InMemory();
        Assert.Equal(0, (await Builder(folder, "out", cache).BuildAsync()).ExitCode);
        cache.TrustOutput = true;
        return cache;
    }

    private static SiteBuilder Builder(TempFolder folder, string output, BuildCache? cache, IReadOnlyCollection<string>? changed = null) =>
        new(new BuildPaths(folder.Combine("input"), folder.Combine(output), folder.Combine("theme"), folder.Combine("site.yml"))) { Cache = cache, ChangedFiles = changed };
}
