using Archive.Core.Building;
using Archive.Core.Caching;
using Archive.Core.Engine;
using Archive.Core.Rendering.Pages;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Caching;

public sealed class IncrementalBuildTests
{
    [Fact]
    public async Task A_cached_build_after_edits_is_byte_identical_to_a_cold_build()
    {
        using var folder = SiteCopy.Make();
        var cache = BuildCache.Open(folder.Combine(".cache"));
        await Build(folder, "out", cache);
        File.AppendAllText(folder.Combine("input", "2014-04-17_geneva-talks.txt"), "\nA new closing paragraph about the talks in Geneva, long enough to be kept as prose.\n");
        File.WriteAllText(folder.Combine("input", "2019-06-03_harbour-bridge.txt.yml"), "title: Harbour bridge reopens at last\npublished: 2019-06-03\ntags: [Transport, Bridges]\n");
        File.Delete(folder.Combine("input", "2021-11-09_library-archive.html"));

        var cached = await Build(folder, "out", BuildCache.Open(folder.Combine(".cache")));
        var cold = await Build(folder, "cold", null);

        Assert.Equal(cold.ExitCode, cached.ExitCode);
        Assert.Equal(SiteCopy.Tree(folder.Combine("cold")), SiteCopy.Tree(folder.Combine("out")));
        Assert.Equal(cold.Diagnostics, cached.Diagnostics);
        Assert.Equal(cold.Report, cached.Report);
    }

    [Fact]
    public async Task A_second_build_with_nothing_changed_reads_no_capture_and_writes_nothing()
    {
        using var folder = SiteCopy.Make();
        await Build(folder, "out", BuildCache.Open(folder.Combine(".cache")));
        var first = SiteCopy.Tree(folder.Combine("out"));

        var builder = Builder(folder, "out", BuildCache.Open(folder.Combine(".cache")));
        var second = await builder.BuildAsync();

        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(first.Count, second.FilesUnchanged);
        Assert.Equal(0, builder.CacheCounts.CapturesNormalised);
        Assert.Equal(0, builder.CacheCounts.PagesRendered);
        Assert.Equal(first, SiteCopy.Tree(folder.Combine("out")));
    }

    [Fact]
    public async Task An_edited_capture_is_the_only_one_normalised_again_and_only_changed_pages_are_rendered()
    {
        using var folder = SiteCopy.Make();
        var cache = BuildCache.Open(folder.Combine(".cache"));
        var cold = Builder(folder, "out", cache);
        await cold.BuildAsync();
        File.AppendAllText(folder.Combine("input", "2014-04-17_geneva-talks.txt"), "\nOne more paragraph that the editor added to the article about the talks.\n");

        var builder = Builder(folder, "out", cache);
        var outcome = await builder.BuildAsync();

        Assert.Equal(1, builder.CacheCounts.CapturesNormalised);
        Assert.Equal(4, builder.CacheCounts.CapturesCached);
        Assert.True(builder.CacheCounts.PagesRendered < cold.CacheCounts.PagesRendered / 2, $"{builder.CacheCounts.PagesRendered} of {cold.CacheCounts.PagesRendered} rendered");
        Assert.InRange(outcome.FilesWritten, 1, 5);
    }

    [Fact]
    public async Task A_template_change_renders_the_pages_of_that_layout_again()
    {
        using var folder = SiteCopy.Make();
        var cache = BuildCache.Open(folder.Combine(".cache"));
        await Build(folder, "out", cache);
        File.AppendAllText(folder.Combine("theme", "layouts", "home.sbn"), "\n<p>Edited home</p>\n");

        var builder = Builder(folder, "out", cache);
        var outcome = await builder.BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        // The home page, plus 404.html, which is rendered every time (its file is not where its URL puts it).
        Assert.InRange(builder.CacheCounts.PagesRendered, 1, 2);
        Assert.Contains("Edited home", File.ReadAllText(folder.Combine("out", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_cache_is_rebuilt_never_trusted()
    {
        using var folder = SiteCopy.Make();
        await Build(folder, "out", BuildCache.Open(folder.Combine(".cache")));
        File.AppendAllText(folder.Combine("input", "2014-04-17_geneva-talks.txt"), "\nAn edit after the first build, long enough to be kept as a paragraph.\n");
        foreach (var file in Directory.GetFiles(folder.Combine(".cache"), "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            bytes[bytes.Length / 2] ^= 0x5A;
            File.WriteAllBytes(file, bytes);
        }

        var builder = Builder(folder, "out", BuildCache.Open(folder.Combine(".cache")));
        var cached = await builder.BuildAsync();
        var cold = await Build(folder, "cold", null);

        Assert.Equal(0, builder.CacheCounts.CapturesCached);
        Assert.Equal(cold.ExitCode, cached.ExitCode);
        Assert.Equal(SiteCopy.Tree(folder.Combine("cold")), SiteCopy.Tree(folder.Combine("out")));
    }

    [Fact]
    public async Task A_file_changed_by_hand_in_the_output_folder_is_written_again()
    {
        using var folder = SiteCopy.Make();
        await Build(folder, "out", BuildCache.Open(folder.Combine(".cache")));
        var page = folder.Combine("out", "index.html");
        var original = File.ReadAllBytes(page);
        File.WriteAllText(page, "tampered");

        var outcome = await Build(folder, "out", BuildCache.Open(folder.Combine(".cache")));

        Assert.Equal(1, outcome.FilesWritten);
        Assert.Equal(original, File.ReadAllBytes(page));
    }

    [Fact]
    public void Page_signatures_see_every_value_a_template_is_given()
    {
        static UInt128 Hash(object value) => ViewHasher.Of(value);

        Assert.Equal(Hash(new Dictionary<string, object?> { ["a"] = (1, "x") }), Hash(new Dictionary<string, object?> { ["a"] = (1, "x") }));
        Assert.NotEqual(Hash(new Dictionary<string, object?> { ["a"] = (1, "x") }), Hash(new Dictionary<string, object?> { ["a"] = (1, "y") }));
        Assert.NotEqual(Hash(new[] { "ab", "c" }), Hash(new[] { "a", "bc" }));
        Assert.NotEqual(Hash((UInt128)1), Hash((UInt128)2));
        Assert.NotEqual(Hash(new Rendering.Views.LinkView("Kerry", "/people/kerry/", 2)), Hash(new Rendering.Views.LinkView("Kerry", "/people/kerry/", 3)));
    }

    [Fact]
    public void An_article_summary_hashes_every_member_a_template_can_read()
    {
        // By reflection, so that a member added later without its share of the hash fails here.
        static Rendering.Views.ArticleSummary Summary(Dictionary<string, string?> values) =>
            new(values["Title"]!, values["Url"]!, values["Date"], values["DateIso"], values["Source"], values["Standfirst"]);

        var members = typeof(Rendering.Views.ArticleSummary).GetProperties().Select(p => p.Name).ToList();
        var baseline = members.ToDictionary(m => m, m => (string?)("v-" + m));
        var hash = ViewHasher.Of(Summary(baseline));
        Assert.Equal(hash, ViewHasher.Of(Summary(new Dictionary<string, string?>(baseline))));
        Assert.Equal(6, members.Count);
        foreach (var member in members)
        {
            var changed = new Dictionary<string, string?>(baseline) { [member] = "other" };
            Assert.NotEqual(hash, ViewHasher.Of(Summary(changed)));
        }

        // Null and empty are different things to a template ("if source").
        Assert.NotEqual(ViewHasher.Of(Summary(new Dictionary<string, string?>(baseline) { ["Source"] = null })), ViewHasher.Of(Summary(new Dictionary<string, string?>(baseline) { ["Source"] = "" })));
    }

    [Fact]
    public void A_cycle_in_a_view_gives_a_signature_that_never_matches()
    {
        var list = new List<object>();
        list.Add(list);
        Assert.NotEqual(ViewHasher.Of(list), ViewHasher.Of(list));

        // The same object twice side by side is not a cycle.
        var shared = new Rendering.Views.LinkView("Kerry", "/people/kerry/", 2);
        Assert.Equal(ViewHasher.Of(new[] { shared, shared }), ViewHasher.Of(new[] { shared, shared }));
    }

    private static SiteBuilder Builder(TempFolder folder, string output, BuildCache? cache) =>
        new(new BuildPaths(folder.Combine("input"), folder.Combine(output), folder.Combine("theme"), folder.Combine("site.yml"))) { Cache = cache };

    private static Task<BuildOutcome> Build(TempFolder folder, string output, BuildCache? cache) => Builder(folder, output, cache).BuildAsync();
}
