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
        var orphan = Assert.Single(context.Diagnostics);
        Assert.Equal(("ARC012", "lonely.md.yml"), (orphan.Code, orphan.File));
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
