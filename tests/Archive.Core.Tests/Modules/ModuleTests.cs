using System.Text;
using Archive.Core.Engine;
using Archive.Core.Modules;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Modules;

/// <summary>Modules run on their own through <see cref="ModuleContext"/>: what each reads, produces and reports.</summary>
public sealed class ModuleTests
{
    [Fact]
    public async Task FindCaptures_lists_captures_in_order_and_reports_orphan_sidecars_without_reading_anything()
    {
        using var folder = new TempFolder();
        folder.Write("input/b/second.txt", "x");
        folder.Write("input/a.html", "<p>x</p>");
        folder.Write("input/a.html.yml", "title: A");
        folder.Write("input/lonely.md.yml", "title: nobody");
        folder.Write("input/notes.pdf", "ignored");
        var context = ModuleContext.For(folder, Phase.Input);

        var documents = await context.Run(new FindCaptures());

        Assert.Equal(["a.html", "b/second.txt"], documents.Select(d => d.Source));
        Assert.All(documents, d => Assert.Null(d.Capture));
        Assert.NotNull(documents[0].Input!.SidecarFullPath);
        Assert.Equal([("ARC012", "lonely.md.yml"), ("ARC073", "notes.pdf")], context.Diagnostics.Select(d => (d.Code, d.File)).Order());
    }

    [Fact]
    public async Task FindCaptures_reports_every_file_of_no_capture_format_as_skipped_but_not_a_saved_page_s_files()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("input/story.txt", "x");
        folder.Write("input/paper.pdf", "%PDF-1.4");
        folder.Write("input/letter.docx", "PK");
        folder.Write("input/notes.yml", "title: not a sidecar of anything");
        folder.Write("input/photo.jpg", "jpeg");
        folder.Write("input/saved/page.html", "<p>x</p>");
        folder.Write("input/saved/page_files/lead.jpg", "jpeg");
        folder.Write("input/crawl.warc.gz", "gz");
        var context = ModuleContext.For(folder, Phase.Input);

        // Act
        var documents = await context.Run(new FindCaptures());

        // Assert
        Assert.Equal(["crawl.warc.gz", "saved/page.html", "story.txt"], documents.Select(d => d.Source));
        string[] unsupported = ["letter.docx", "notes.yml", "paper.pdf", "photo.jpg"];
        Assert.Equal(unsupported, context.Diagnostics.Where(d => d.Code == "ARC073").Select(d => d.File!).Order(StringComparer.Ordinal));
        Assert.Equal(unsupported, context.Build.Report.Entries.Where(e => e.Status == "skipped").Select(e => e.Path));
    }

    [Fact]
    public async Task OpenContainers_makes_one_article_per_html_page_of_a_warc_which_NormaliseCaptures_passes_on()
    {
        // Arrange: two articles, a redirect and an image in one crawl.
        using var folder = new TempFolder();
        var warc = new WarcWriter()
            .Response("https://courier.example/news/pool", 200, "text/html", ArticlePage.Html("Harwick pool to close", "the swimming pool"))
            .Response("https://courier.example/pool", 301, "text/html", "moved", extraHeaders: "Location: /news/pool\r\n")
            .Response("https://courier.example/img/pool.jpg", 200, "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0])
            .Response("https://courier.example/news/bridge", 200, "text/html", ArticlePage.Html("Harbour bridge reopens", "the harbour bridge"));
        Directory.CreateDirectory(folder.Combine("input"));
        File.WriteAllBytes(folder.Combine("input", "crawl.warc.gz"), warc.ToWarcGz());
        var context = ModuleContext.For(folder, Phase.Input);

        // Act
        var opened = await context.Run(new OpenContainers(), await context.Run(new FindCaptures()));
        var articles = await context.Run(new NormaliseCaptures(), opened);

        // Assert
        Assert.Equal(opened, articles);
        Assert.Equal(["crawl.warc.gz#https://courier.example/news/pool", "crawl.warc.gz#https://courier.example/news/bridge"], articles.Select(a => a.Article!.SourcePath));
        Assert.Equal(["Harwick pool to close", "Harbour bridge reopens"], articles.Select(a => a.Article!.Title));
        Assert.All(context.Build.Report.Entries, e => Assert.Equal("built", e.Status));
        Assert.Empty(context.Diagnostics);
    }

    [Fact]
    public async Task NormaliseCaptures_makes_articles_and_reports_a_binary_file_as_skipped()
    {
        using var folder = new TempFolder();
        folder.Write("input/story.md", "---\ntitle: Harbour reopens\npublished: 2020-01-02\n---\nThe harbour reopened on Thursday after repairs.\n");
        File.WriteAllBytes(folder.Combine("input", "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]);
        var context = ModuleContext.For(folder, Phase.Input);
        var found = await context.Run(new FindCaptures());

        var articles = await context.Run(new NormaliseCaptures(), found);

        var article = Assert.Single(articles).Article!;
        Assert.Equal("Harbour reopens", article.Title);
        Assert.Contains(context.Diagnostics, d => d.Code == "ARC022" && d.File == "image.txt");
        Assert.Equal("skipped", context.Build.Report.Entries.Single(e => e.Path == "image.txt").Status);
    }

    [Fact]
    public async Task IndexArchive_builds_the_index_every_renderer_reads_and_passes_documents_through()
    {
        using var folder = new TempFolder();
        folder.Write("input/one.md", "---\ntitle: One\npublished: 2020-01-02\ntags: [Harbour]\n---\nBody one is here.\n");
        var context = ModuleContext.For(folder, Phase.Input);
        var analysed = await context.Run(new AnalyseArticles(), await context.Run(new NormaliseCaptures(), await context.Run(new FindCaptures())));

        var passed = await context.Run(new IndexArchive(), analysed);

        Assert.Same(analysed, passed);
        Assert.Same(analysed[0].Article, Assert.Single(context.Build.Index.Articles));
        await Assert.ThrowsAsync<InvalidOperationException>(() => context.Run(new IndexArchive(), analysed)); // made once per build
    }

    [Fact]
    public async Task RenderSitemap_lists_every_html_page_of_the_named_pipelines_under_the_base_url()
    {
        using var folder = new TempFolder();
        folder.Write("site.yml", "base_url: https://archive.example.org/\n");
        var context = ModuleContext.For(folder, Phase.PostProcess)
            .WithOutputs("Pages", [Document.Output("b/index.html", "b"), Document.Output("index.html", "home"), Document.Output("feed.xml", "f")])
            .WithOutputs("Other", [Document.Output("c/index.html", "c")]);

        var documents = await context.Run(new RenderSitemap("Pages"));

        var sitemap = Encoding.UTF8.GetString(Assert.Single(documents).Content.Span);
        Assert.Contains("<loc>https://archive.example.org/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://archive.example.org/b/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("feed.xml", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/c/", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteSite_commits_the_named_pipelines_outputs_and_the_report()
    {
        using var folder = new TempFolder();
        var context = ModuleContext.For(folder, Phase.Output)
            .WithOutputs("Pages", [Document.Output("a/index.html", "page a"), new Document { Source = "no destination" }]);

        var written = await context.Run(new WriteSite("Pages"));

        Assert.Equal(["a/index.html", "build-report.json"], written.Select(d => d.Destination));
        Assert.Equal("page a", File.ReadAllText(folder.Combine("out", "a", "index.html")));
        Assert.True(File.Exists(folder.Combine("out", "build-report.json")));
        Assert.Equal(2, context.Build.Statistics.Files);
    }
}
