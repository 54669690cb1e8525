using Archive.Core.Building;
using Archive.Core.Caching;
using Archive.Core.Engine;

using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Caching;

/// <summary>
/// Rebuilds as a preview makes them: one cache kept in memory across builds, and the watcher's list of changed
/// files. Whatever shortcut a rebuild takes, its output must be the output of a cold build of the same input.
/// </summary>
public sealed class PreviewRebuildTests
{
    private const string Capture = "2014-04-17_geneva-talks.txt";

    [Fact]
    public async Task An_edit_of_an_articles_text_renders_only_its_page_and_gives_the_cold_output()
    {
        using var folder = SiteCopy.Make();
        var cache = await Started(folder);
        var path = folder.Combine("input", Capture);
        Edit(path, "is to send monitors", "is to send unarmed monitors");

        var builder = Builder(folder, "out", cache, [path]);
        var outcome = await builder.BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal((1, 1), (builder.CacheCounts.CapturesNormalised, builder.CacheCounts.PagesRendered));
        Assert.True(builder.KeptArchive);
        Assert.Contains("send unarmed monitors", File.ReadAllText(ArticlePage(folder, "out")), StringComparison.Ordinal);
        await AssertSameAsColdBuild(folder);
    }

    [Fact]
    public async Task A_text_edit_keeps_the_source_name_the_archive_resolved_not_the_one_the_page_claims()
    {
        using var folder = SiteCopy.Make();
        File.AppendAllText(folder.Combine("site.yml"), "\nsource_aliases: { BBC News: British Broadcasting Corporation }\n");
        var cache = await Started(folder);
        var path = folder.Combine("input", "000_65a9ed0f9e69ed43.txt");
        Edit(path, "hastily arranged after", "hastily arranged late after");

        var builder = Builder(folder, "out", cache, [path]);
        Assert.Equal(0, (await builder.BuildAsync()).ExitCode);

        Assert.True(builder.KeptArchive);
        await AssertSameAsColdBuild(folder);
    }

    [Fact]
    public async Task A_site_file_edit_resolves_the_archive_again()
    {
        using var folder = SiteCopy.Make();
        var cache = await Started(folder);
        File.AppendAllText(folder.Combine("site.yml"), "\nsource_aliases: { BBC News: British Broadcasting Corporation }\n");

        var builder = Builder(folder, "out", cache, [folder.Combine("site.yml")]);
        Assert.Equal(0, (await builder.BuildAsync()).ExitCode);

        Assert.False(builder.KeptArchive);
        await AssertSameAsColdBuild(folder);
    }

    [Fact]
    public async Task An_edit_that_changes_what_index_pages_show_rebuilds_them_and_gives_the_cold_output()
    {
        using var folder = SiteCopy.Make();
        var cache = await Started(folder);
        var path = folder.Combine("input", Capture);
        File.WriteAllText(path + ".yml", "title: Geneva deal reached after long talks\n");

        var builder = Builder(folder, "out", cache, [path + ".yml"]);
        var outcome = await builder.BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(builder.CacheCounts.PagesRendered > 1, $"{builder.CacheCounts.PagesRendered} rendered");
        Assert.False(builder.KeptArchive);
        Assert.Contains("Geneva deal reached after long talks", File.ReadAllText(folder.Combine("out", "index.html")), StringComparison.Ordinal);
        await AssertSameAsColdBuild(folder);
    }

    [Fact]
    public async Task A_new_capture_the_watcher_names_is_found_without_a_full_scan_being_asked_for()
    {
        using var folder = SiteCopy.Make();
        var cache = await Started(folder);
        var added = folder.Write("input/2020-01-02_new-note.md", "---\ntitle: A note added while previewing\npublished: 2020-01-02\n---\n\nA short note, written while the preview was running, long enough to be a paragraph of prose.\n");

        var outcome = await Builder(folder, "out", cache, [added]).BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(folder.Combine("out", "2020", "01", "02", "a-note-added-while-previewing", "index.html")));
        await AssertSameAsColdBuild(folder);
    }

    [Fact]
    public async Task Two_text_edits_in_a_row_keep_related_lists_and_feeds_right()
    {
        using var folder = SiteCopy.Make();
        var cache = await Started(folder);
        var path = folder.Combine("input", Capture);
        Edit(path, "is to send monitors", "is to send unarmed monitors");
        await Builder(folder, "out", cache, [path]).BuildAsync();
        Edit(path, "had no wish to send troops", "had no wish at all to send troops");

        var builder = Builder(folder, "out", cache, [path]);
        var outcome = await builder.BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(builder.KeptArchive);
        Assert.Contains("had no wish at all to send troops", File.ReadAllText(folder.Combine("out", "feed.json")), StringComparison.Ordinal);
        await AssertSameAsColdBuild(folder);
    }

    [Fact]
    public async Task A_preview_started_over_a_built_site_keeps_the_archive_from_its_first_edit()
    {
        using var folder = SiteCopy.Make();
        await Builder(folder, "out", BuildCache.Open(folder.Combine(".cache"))).BuildAsync();
        var cache = BuildCache.Open(folder.Combine(".cache"));
        var start = new SiteBuilder(Paths(folder, "out")) { Cache = cache, ReplayUnchanged = false };
        Assert.Equal(0, (await start.BuildAsync()).ExitCode);
        cache.TrustOutput = true;
        var path = folder.Combine("input", Capture);
        Edit(path, "is to send monitors", "is to send unarmed monitors");

        var builder = Builder(folder, "out", cache, [path]);
        var outcome = await builder.BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(0, start.CacheCounts.CapturesNormalised);
        Assert.True(builder.KeptArchive);
    }

    [Fact]
    public async Task A_build_after_a_preview_replays_when_nothing_changed_since_its_last_rebuild()
    {
        using var folder = SiteCopy.Make();
        var path = folder.Combine("input", Capture);
        var cache = await Previewing(folder);
        Edit(path, "is to send monitors", "is to send unarmed monitors");
        Assert.Equal(0, (await Builder(folder, "out", cache, [path]).BuildAsync()).ExitCode);
        cache.Flush();

        var after = Builder(folder, "out", BuildCache.Open(folder.Combine(".cache")));
        var outcome = await after.BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(after.Replayed);
        await AssertSameAsColdBuild(folder);
    }

    [Fact]
    public async Task A_build_after_a_preview_builds_what_changed_after_its_last_rebuild()
    {
        using var folder = SiteCopy.Make();
        var path = folder.Combine("input", Capture);
        var cache = await Previewing(folder);
        Edit(path, "is to send monitors", "is to send unarmed monitors");
        Assert.Equal(0, (await Builder(folder, "out", cache, [path]).BuildAsync()).ExitCode);

        // Saved after the preview's last rebuild, which never saw it (the preview stopped first), and a theme file too.
        Edit(path, "had no wish to send troops", "had no wish at all to send troops");
        File.AppendAllText(Directory.GetFiles(folder.Combine("theme"), "*.sbn", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First(), "\n");
        cache.Flush();

        var after = Builder(folder, "out", BuildCache.Open(folder.Combine(".cache")));
        var outcome = await after.BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        Assert.False(after.Replayed);
        Assert.Contains("had no wish at all to send troops", File.ReadAllText(ArticlePage(folder, "out")), StringComparison.Ordinal);
        await AssertSameAsColdBuild(folder);
    }

    [Fact]
    public async Task A_template_change_renders_the_focused_pages_first_and_the_next_build_the_rest()
    {
        using var folder = SiteCopy.Make();
        var cache = await Started(folder);
        var layout = folder.Combine("theme", "layouts", "article.sbn");
        File.AppendAllText(layout, "<!-- marked -->\n");
        var (page, other) = TwoArticlePages(folder);

        var first = new SiteBuilder(Paths(folder, "out")) { Cache = cache, ChangedFiles = [layout], Focus = FocusOn(folder, page) };
        Assert.Equal(0, (await first.BuildAsync()).ExitCode);

        Assert.Equal(1, first.CacheCounts.PagesRendered);
        Assert.Contains("<!-- marked -->", File.ReadAllText(page), StringComparison.Ordinal);
        Assert.DoesNotContain("<!-- marked -->", File.ReadAllText(other), StringComparison.Ordinal);

        var rest = new SiteBuilder(Paths(folder, "out")) { Cache = cache, ChangedFiles = [] };
        Assert.Equal(0, (await rest.BuildAsync()).ExitCode);

        Assert.True(rest.CacheCounts.PagesRendered > 1, $"{rest.CacheCounts.PagesRendered} rendered");
        Assert.Contains("<!-- marked -->", File.ReadAllText(other), StringComparison.Ordinal);
        await AssertSameAsColdBuild(folder);
    }

    [Fact]
    public async Task A_preview_stopped_after_a_focused_build_leaves_no_state_to_replay()
    {
        using var folder = SiteCopy.Make();
        var cache = await Previewing(folder);
        var layout = folder.Combine("theme", "layouts", "article.sbn");
        File.AppendAllText(layout, "<!-- marked -->\n");
        var (page, _) = TwoArticlePages(folder);
        Assert.Equal(0, (await new SiteBuilder(Paths(folder, "out")) { Cache = cache, ChangedFiles = [layout], Focus = FocusOn(folder, page) }.BuildAsync()).ExitCode);
        cache.Flush();

        var after = Builder(folder, "out", BuildCache.Open(folder.Combine(".cache")));
        Assert.Equal(0, (await after.BuildAsync()).ExitCode);

        Assert.False(after.Replayed);
        await AssertSameAsColdBuild(folder);
    }

    [Fact]
    public async Task A_build_cancelled_before_its_commit_leaves_the_cache_to_the_next_one()
    {
        using var folder = SiteCopy.Make();
        var cachePath = folder.Combine(".cache");
        Assert.Equal(0, (await Builder(folder, "out", BuildCache.Open(cachePath)).BuildAsync()).ExitCode);
        Edit(folder.Combine("input", Capture), "is to send monitors", "is to send unarmed monitors");

        // Cancelled at the last moment the token is heeded: the staged tree is complete, the swap not begun.
        using var stop = new CancellationTokenSource();
        var cancelled = new SiteBuilder(Paths(folder, "out"))
        {
            Cache = BuildCache.Open(cachePath),
            BeforeCommitStep = step =>
            {
                if (step.StartsWith("staging step", StringComparison.Ordinal))
                {
                    stop.Cancel();
                }
            },
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.BuildAsync(stop.Token));
        Assert.DoesNotContain("send unarmed monitors", File.ReadAllText(ArticlePage(folder, "out")), StringComparison.Ordinal);

        var next = Builder(folder, "out", BuildCache.Open(cachePath));
        Assert.Equal(0, (await next.BuildAsync()).ExitCode);

        Assert.True(next.CacheCounts.PagesReused > 0, "the cancelled build made the next one forget the output folder");
        Assert.Contains("send unarmed monitors", File.ReadAllText(ArticlePage(folder, "out")), StringComparison.Ordinal);
        await AssertSameAsColdBuild(folder);
    }

    /// <summary>The page of the edited capture and the page of another article.</summary>
    private static (string Page, string Other) TwoArticlePages(TempFolder folder)
    {
        var page = ArticlePage(folder, "out");
        var articles = Directory.GetFiles(folder.Combine("out"), "index.html", SearchOption.AllDirectories)
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(Path.GetRelativePath(folder.Combine("out"), f).Replace('\\', '/'), @"^\d{4}/\d{2}/\d{2}/[^/]+/index\.html$"))
            .Order(StringComparer.Ordinal)
            .ToList();
        return (page, articles.First(f => f != page));
    }

    private static HashSet<string> FocusOn(TempFolder folder, string page) =>
        new(StringComparer.Ordinal) { Path.GetRelativePath(folder.Combine("out"), page).Replace('\\', '/') };

    /// <summary>A cache on disk as a running preview holds it: first build done, state saved only when it stops.</summary>
    private static async Task<BuildCache> Previewing(TempFolder folder)
    {
        var cache = BuildCache.Open(folder.Combine(".cache"));
        Assert.Equal(0, (await Builder(folder, "out", cache).BuildAsync()).ExitCode);
        cache.TrustOutput = true;
        cache.PruneAfterEachBuild = false;
        cache.DeferSaves = true;
        return cache;
    }

    /// <summary>The preview's output ("out") equals, byte for byte, a cold build of the same input ("cold").</summary>
    private static async Task AssertSameAsColdBuild(TempFolder folder)
    {
        await Builder(folder, "cold", null).BuildAsync();
        Assert.Equal(SiteCopy.Tree(folder.Combine("cold")), SiteCopy.Tree(folder.Combine("out")));
    }

    private static void Edit(string path, string text, string replacement)
    {
        var content = File.ReadAllText(path);
        Assert.Contains(text, content, StringComparison.Ordinal);
        File.WriteAllText(path, content.Replace(text, replacement, StringComparison.Ordinal));
    }

    private static async Task<BuildCache> Started(TempFolder folder)
    {
        var cache = BuildCache.InMemory();
        var first = await Builder(folder, "out", cache).BuildAsync();
        Assert.Equal(0, first.ExitCode);
        cache.TrustOutput = true;
        return cache;
    }

    private static string ArticlePage(TempFolder folder, string output) =>
        Directory.GetFiles(folder.Combine(output), "index.html", SearchOption.AllDirectories).Single(f => f.Contains("geneva", StringComparison.Ordinal) && f.Contains("2014", StringComparison.Ordinal));

    private static BuildPaths Paths(TempFolder folder, string output) =>
        new(folder.Combine("input"), folder.Combine(output), folder.Combine("theme"), folder.Combine("site.yml"));

    private static SiteBuilder Builder(TempFolder folder, string output, BuildCache? cache, IReadOnlyCollection<string>? changed = null) =>
        new(Paths(folder, output)) { Cache = cache, ChangedFiles = changed };
}
