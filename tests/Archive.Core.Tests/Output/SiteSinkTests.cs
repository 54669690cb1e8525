using Archive.Core.Engine;
using Archive.Core.Output;

namespace Archive.Core.Tests.Output;

public sealed class SiteSinkTests
{
    [Fact]
    public void A_stored_page_is_on_disk_at_once_but_the_site_changes_only_at_the_commit()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("out");
        folder.Write("out/index.html", "old home");
        var sink = SiteSink.NewTree(output);

        var stored = sink.Store(Document.Output("a/index.html", "page a"));

        Assert.Equal("page a", File.ReadAllText(folder.Combine("out.archive-staging", "a", "index.html")));
        Assert.False(File.Exists(folder.Combine("out", "a", "index.html")));
        Assert.Equal("page a", System.Text.Encoding.UTF8.GetString(stored.Content.Span));

        var stats = sink.Commit([stored, Document.Output("index.html", "new home")], [], CancellationToken.None);

        Assert.Equal(2, stats.Written);
        Assert.Equal("new home", File.ReadAllText(folder.Combine("out", "index.html")));
        Assert.Equal("page a", File.ReadAllText(folder.Combine("out", "a", "index.html")));
        Assert.False(Directory.Exists(folder.Combine("out.archive-staging")));
    }

    [Fact]
    public void An_abandoned_tree_leaves_the_old_site_whole()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("out");
        folder.Write("out/index.html", "old home");
        var sink = SiteSink.NewTree(output);
        sink.Store(Document.Output("index.html", "new home"));

        sink.Abandon();

        Assert.Equal("old home", File.ReadAllText(folder.Combine("out", "index.html")));
        Assert.False(Directory.Exists(folder.Combine("out.archive-staging")));
    }

    [Fact]
    public void In_place_only_changed_pages_are_written_and_stale_files_go_at_the_commit()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("out");
        folder.Write("out/same/index.html", "same");
        folder.Write("out/changed/index.html", "before");
        folder.Write("out/gone/index.html", "gone");
        var sameStamp = File.GetLastWriteTimeUtc(folder.Combine("out", "same", "index.html"));
        var sink = SiteSink.InPlace(output);

        var same = sink.Store(Document.Output("same/index.html", "same"));
        var changed = sink.Store(Document.Output("changed/index.html", "after"));
        Assert.Equal("before", File.ReadAllText(folder.Combine("out", "changed", "index.html")));

        var stats = sink.Commit([same, changed], ["same/index.html", "changed/index.html", "gone/index.html"], CancellationToken.None);

        Assert.Equal((1, 1), (stats.Written, stats.Unchanged));
        Assert.Equal("after", File.ReadAllText(folder.Combine("out", "changed", "index.html")));
        Assert.Equal(sameStamp, File.GetLastWriteTimeUtc(folder.Combine("out", "same", "index.html")));
        Assert.False(Directory.Exists(folder.Combine("out", "gone")));
        Assert.Equal(["changed/index.html"], sink.Changed);
        Assert.Equal(["gone/index.html"], sink.Deleted);
        Assert.Empty(Directory.EnumerateFiles(output, "*.archive-tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void An_abandoned_in_place_write_removes_its_temporary_files()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("out");
        folder.Write("out/index.html", "before");
        var sink = SiteSink.InPlace(output);
        sink.Store(Document.Output("index.html", "after"));

        sink.Abandon();

        Assert.Equal("before", File.ReadAllText(folder.Combine("out", "index.html")));
        Assert.Single(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Two_pages_for_one_destination_are_refused()
    {
        using var folder = new TempFolder();
        var sink = SiteSink.NewTree(folder.Combine("out"));
        sink.Store(Document.Output("a/index.html", "one"));

        Assert.Throws<InvalidOperationException>(() => sink.Store(Document.Output("a/index.html", "two")));
        sink.Abandon();
    }
}
