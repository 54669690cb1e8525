using Archive.Core.Building;
using Archive.Core.Engine;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Building;

public sealed class SiteBuilderTests
{
    [Fact]
    public async Task The_same_input_gives_byte_identical_output()
    {
        using var folder = new TempFolder();
        var first = await Build(folder, "one");
        var second = await Build(folder, "two");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(SiteCopy.Tree(folder.Combine("one")), SiteCopy.Tree(folder.Combine("two")));
    }

    [Fact]
    public async Task A_serial_and_a_parallel_build_give_byte_identical_trees()
    {
        using var folder = new TempFolder();
        var paths = (string output) => new BuildPaths(Repository.PathOf("input"), folder.Combine(output), Repository.PathOf("theme"), Repository.PathOf("site.yml"));

        await new SiteBuilder(paths("serial")) { Parallelism = new Parallelism(1) }.BuildAsync();
        await new SiteBuilder(paths("parallel")) { Parallelism = new Parallelism(8) }.BuildAsync();

        Assert.Equal(SiteCopy.Tree(folder.Combine("serial")), SiteCopy.Tree(folder.Combine("parallel")));
    }

    [Fact]
    public async Task A_cancelled_build_leaves_the_previous_site_intact()
    {
        using var folder = new TempFolder();
        await Build(folder, "out");
        var before = SiteCopy.Tree(folder.Combine("out"));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new SiteBuilder(new BuildPaths(Repository.PathOf("input"), folder.Combine("out"), Repository.PathOf("theme"), Repository.PathOf("site.yml"))).BuildAsync(cancellation.Token));

        Assert.Equal(before, SiteCopy.Tree(folder.Combine("out")));
    }

    [Fact]
    public async Task What_a_build_killed_before_its_swap_leaves_behind_never_reaches_the_site()
    {
        using var folder = new TempFolder();
        await Build(folder, "out");
        var before = SiteCopy.Tree(folder.Combine("out"));
        // A kill during writing leaves a half-written staging tree beside the output, and nothing else.
        folder.Write("out.archive-staging/index.html", "<p>half written");
        folder.Write("out.archive-staging/2014/partial.html", "");

        Assert.Equal(before, SiteCopy.Tree(folder.Combine("out")));
        var next = await Build(folder, "out");

        Assert.Equal(0, next.ExitCode);
        Assert.Equal(before, SiteCopy.Tree(folder.Combine("out")));
        Assert.False(Directory.Exists(folder.Combine("out.archive-staging")));
    }

    [Fact]
    public async Task A_second_build_leaves_unchanged_files_untouched()
    {
        using var folder = new TempFolder();
        await Build(folder, "out");
        var page = Path.Combine(folder.Combine("out"), "index.html");
        var before = File.GetLastWriteTimeUtc(page);

        var second = await Build(folder, "out");

        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(before, File.GetLastWriteTimeUtc(page));
    }

    [Fact]
    public async Task A_template_error_names_the_file_and_line_and_leaves_the_previous_site_in_place()
    {
        using var folder = new TempFolder();
        var theme = folder.Combine("theme");
        SiteCopy.CopyDirectory(Repository.PathOf("theme"), theme);
        var output = folder.Combine("out");
        await new SiteBuilder(new BuildPaths(Repository.PathOf("input"), output, theme, Repository.PathOf("site.yml"))).BuildAsync();
        var before = SiteCopy.Tree(output);
        File.AppendAllText(Path.Combine(theme, "layouts", "home.sbn"), "\n{{ if }}\n");

        var outcome = await new SiteBuilder(new BuildPaths(Repository.PathOf("input"), output, theme, Repository.PathOf("site.yml"))).BuildAsync();

        Assert.Equal(2, outcome.ExitCode);
        var error = outcome.Diagnostics.First(d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        Assert.EndsWith("layouts/home.sbn", error.File, StringComparison.Ordinal);
        Assert.True(error.Line > 1);
        Assert.Equal(before, SiteCopy.Tree(output));
    }

    [Fact]
    public async Task A_bad_sidecar_is_reported_and_the_rest_still_builds()
    {
        using var folder = new TempFolder();
        folder.Write("input/good.md", "---\ntitle: Good\npublished: 2020-01-01\n---\nBody text.\n");
        folder.Write("input/bad.txt", "A title\n\nSome body text that is long enough to be a paragraph of an article.\n");
        folder.Write("input/bad.txt.yml", "title: [unclosed\n");
        folder.Write("input/orphan.txt.yml", "title: nobody\n");

        var outcome = await new SiteBuilder(new BuildPaths(folder.Combine("input"), folder.Combine("out"), Repository.PathOf("theme"), null)).BuildAsync();

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(outcome.Diagnostics, d => d.File == "bad.txt.yml" && d.Line == 1);
        Assert.Contains(outcome.Diagnostics, d => d.File == "orphan.txt.yml");
        Assert.True(File.Exists(folder.Combine("out", "2020", "01", "01", "good", "index.html")));
        Assert.Equal(2, outcome.Report.Count(e => e.Status == "built"));
    }

    [Fact]
    public async Task A_warc_of_two_articles_a_redirect_and_an_image_builds_two_article_pages()
    {
        // Arrange
        using var folder = new TempFolder();
        var warc = new WarcWriter()
            .Request("https://courier.example/news/pool")
            .Response("https://courier.example/news/pool", 200, "text/html", ArticlePage.Html("Harwick pool to close", "the swimming pool", head: "<meta property=\"article:published_time\" content=\"2019-11-18\">"))
            .Response("https://courier.example/pool", 301, "text/html", "moved", extraHeaders: "Location: /news/pool\r\n")
            .Response("https://courier.example/img/pool.jpg", 200, "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0])
            .Response("https://courier.example/news/bridge", 200, "text/html", BridgePage);
        Directory.CreateDirectory(folder.Combine("input"));
        File.WriteAllBytes(folder.Combine("input", "crawl.warc.gz"), warc.ToWarcGz());

        // Act
        var outcome = await new SiteBuilder(new BuildPaths(folder.Combine("input"), folder.Combine("out"), Repository.PathOf("theme"), null)).BuildAsync();

        // Assert
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(2, outcome.Report.Count(e => e.Status == "built"));
        var pool = File.ReadAllText(folder.Combine("out", "2019", "11", "18", "harwick-pool-to-close", "index.html"));
        Assert.Contains("the swimming pool, ending a campaign", pool, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Combine("out", "2019", "11", "19", "harbour-bridge-reopens", "index.html")));
    }

    // A second story of the same publisher with a text of its own: ArticlePage's shared wording would make the two
    // near-identical bodies of one publisher, which is one story.
    private const string BridgePage = """
        <!DOCTYPE html>
        <html lang="en"><head><title>Harbour bridge reopens</title><meta property="article:published_time" content="2019-11-19"></head>
        <body><article><h1>Harbour bridge reopens</h1>
        <p>Traffic crossed the harbour bridge again on Monday morning after eighteen months of repairs to its steel deck and cables.</p>
        <p>Ferry operators, who had carried commuters across the water while the bridge was shut, said they expected their numbers to fall sharply.</p>
        <p>Engineers will return in the summer to paint the towers, a job that will close one lane at night for several weeks.</p>
        </article></body></html>
        """;

    private static Task<BuildOutcome> Build(TempFolder folder, string output) =>
        new SiteBuilder(new BuildPaths(Repository.PathOf("input"), folder.Combine(output), Repository.PathOf("theme"), Repository.PathOf("site.yml"))).BuildAsync();
}
