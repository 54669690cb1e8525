using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Output;

namespace Archive.Core.Tests.Output;

public sealed class StagingStepTests
{
    [Fact]
    public void A_new_tree_is_published_with_what_the_step_made_of_its_complete_pages()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("out");
        folder.Write("out/index.html", "old home");
        var step = new ListingStep();
        var sink = SiteSink.NewTree(output);
        sink.UseStagingSteps([step]);
        sink.Store(Document.Output("a/index.html", "page a"));

        sink.Commit([Document.Output("index.html", "new home")], [], CancellationToken.None);

        // The step saw the whole new site, staged, before anything was visible.
        Assert.Equal(["a/index.html", "index.html"], step.SeenPages);
        Assert.False(step.OutputWasNewWhenRun);
        Assert.Equal("a/index.html\nindex.html", File.ReadAllText(folder.Combine("out", "listing", "pages.txt")));
        Assert.Empty(sink.StagingDiagnostics);
    }

    [Fact]
    public void A_step_that_fails_is_reported_and_the_site_is_still_published()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("out");
        var sink = SiteSink.NewTree(output);
        sink.UseStagingSteps([new FailingStep()]);

        sink.Commit([Document.Output("index.html", "home")], [], CancellationToken.None);

        Assert.Equal("home", File.ReadAllText(folder.Combine("out", "index.html")));
        Assert.Equal("ARC085", Assert.Single(sink.StagingDiagnostics).Code);
    }

    [Fact]
    public void An_in_place_commit_keeps_the_step_folder_it_did_not_write()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("out");
        folder.Write("out/index.html", "home");
        folder.Write("out/gone/index.html", "gone");
        folder.Write("out/listing/pages.txt", "index.html");
        var step = new ListingStep();
        var sink = SiteSink.InPlace(output);
        sink.UseStagingSteps([step]);

        sink.Commit([Document.Output("index.html", "home")], ["index.html", "gone/index.html", "listing/pages.txt"], CancellationToken.None);

        Assert.Equal(["gone/index.html"], sink.Deleted);
        Assert.True(File.Exists(folder.Combine("out", "listing", "pages.txt")));
        Assert.Empty(step.SeenPages); // in place, the step runs later (StagingRefresh), not in the commit
    }

    [Fact]
    public void A_refresh_replaces_the_step_folder_of_a_published_site_whole()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("out");
        folder.Write("out/index.html", "home");
        folder.Write("out/b/index.html", "page b");
        folder.Write("out/listing/pages.txt", "index.html");
        folder.Write("out/listing/stale.txt", "from the last index");

        var diagnostics = StagingRefresh.Run(new ListingStep(), output, CancellationToken.None);

        Assert.Empty(diagnostics);
        Assert.Equal("b/index.html\nindex.html", File.ReadAllText(folder.Combine("out", "listing", "pages.txt")));
        Assert.False(File.Exists(folder.Combine("out", "listing", "stale.txt")));
        Assert.False(Directory.Exists(new OutputFolder(output).Refresh));
    }

    /// <summary>Writes the list of the site's pages, as an index would be made of them.</summary>
    private sealed class ListingStep : IStagingStep
    {
        public string Folder => "listing";

        public List<string> SeenPages { get; } = [];

        public bool OutputWasNewWhenRun { get; private set; }

        public IReadOnlyList<Diagnostic> Run(string site, string destination, CancellationToken cancellationToken)
        {
            SeenPages.AddRange(Directory.GetFiles(site, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal));
            var published = Path.Combine(Path.GetDirectoryName(site)!, "out", "index.html");
            OutputWasNewWhenRun = File.Exists(published) && File.ReadAllText(published) == "new home";
            Directory.CreateDirectory(destination);
            File.WriteAllText(Path.Combine(destination, "pages.txt"), string.Join('\n', SeenPages));
            return [];
        }
    }

    private sealed class FailingStep : IStagingStep
    {
        public string Folder => "broken";

        public IReadOnlyList<Diagnostic> Run(string site, string destination, CancellationToken cancellationToken) =>
            [Diagnostic.Warning("ARC085", "failed on purpose")];
    }
}
