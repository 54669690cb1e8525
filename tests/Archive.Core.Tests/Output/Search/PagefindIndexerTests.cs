using Archive.Core.Building;
using Archive.Core.Engine;
using Archive.Core.Output.Search;

namespace Archive.Core.Tests.Output.Search;

public sealed class PagefindIndexerTests
{
    [Fact]
    public void Without_the_package_the_index_is_not_made_and_ARC084_says_how_to_install_it()
    {
        using var folder = new TempFolder();
        folder.Write("site/index.html", "<p>home</p>");
        var indexer = new PagefindIndexer(folder.Combine("no-tools"));

        var diagnostics = indexer.Run(folder.Combine("site"), folder.Combine("site", "pagefind"), CancellationToken.None);

        var warning = Assert.Single(diagnostics);
        Assert.Equal("ARC084", warning.Code);
        Assert.Contains("npm ci --prefix tools/search", warning.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("site", "pagefind")));
    }

    [Fact]
    public async Task A_site_built_without_Pagefind_is_published_with_the_warning_and_without_an_index()
    {
        using var folder = new TempFolder();
        folder.Write("input/a.md", "---\ntitle: A note\ndate: 2020-01-02\n---\nSome text about a harbour.\n");
        var paths = new BuildPaths(folder.Combine("input"), folder.Combine("output"), Repository.PathOf("theme"), null);
        var site = ArchiveSite.CreateDefault().UseSearchTools(folder.Combine("no-tools"));

        var outcome = await site.Builder(paths).BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "ARC084");
        Assert.True(File.Exists(folder.Combine("output", "search", "index.html")));
        Assert.False(Directory.Exists(folder.Combine("output", "pagefind")));
    }
}
