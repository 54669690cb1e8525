using Archive.Core.Caching;
using Archive.Core.Inputs;
using Archive.Core.Normalization;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Caching;

/// <summary>
/// A preview's refreshed walk (<see cref="InputWalk.Refresh"/>) against a full walk of the folder: after every change it
/// accounts for, the listing is the full walk's, and the simple changes (a capture or sidecar added or deleted) are
/// accounted for without a walk.
/// </summary>
public sealed class InputWalkTests
{
    private static readonly CaptureReaderRegistry Readers = CaptureReaderRegistry.CreateDefault();

    [Fact]
    public void A_capture_added_or_deleted_and_a_sidecar_added_or_deleted_are_placed_as_a_walk_lists_them()
    {
        using var folder = Seeded();
        var walk = new InputWalk(folder.Path, InputScanner.Walk(folder.Path, Readers));

        walk = Refreshed(walk, folder, Write(folder, "b/new-note.md", "# A new note\n\nText."));
        walk = Refreshed(walk, folder, Write(folder, "a/note-3.md.yml", "title: Sidecar\n"));
        walk = Refreshed(walk, folder, Delete(folder, "a/note-3.md.yml"));
        walk = Refreshed(walk, folder, Delete(folder, "b/new-note.md"));
        Refreshed(walk, folder, Delete(folder, "a/note-1.md"));
    }

    [Fact]
    public void What_it_cannot_place_without_a_walk_asks_for_one()
    {
        using var folder = Seeded();
        var walk = new InputWalk(folder.Path, InputScanner.Walk(folder.Path, Readers));

        Assert.Null(walk.Refresh(folder.Path, [Write(folder, "c/new-folder-note.md", "# In a folder the walk has not listed\n")], Readers));
        Assert.Null(walk.Refresh(folder.Path, [Write(folder, "a/notes.pdf", "not a capture")], Readers));
        Assert.Null(walk.Refresh(folder.Path, [Write(folder, "a/.hidden.md", "# Hidden\n")], Readers));
        Assert.Null(walk.Refresh(folder.Path, [Delete(folder, "a/note-2.md")], Readers)); // its sidecar stays: an orphan
        Assert.Null(walk.Refresh(folder.Path, [folder.Combine("a", "never-there.md")], Readers));
        Assert.Null(walk.Refresh(folder.Path, [Write(folder, "b/page.html", "<html><body><p>Saved</p></body></html>")], Readers)); // its page_files/ exists
    }

    [Fact]
    public void Deleting_the_target_of_a_listed_link_is_walked_again()
    {
        using var folder = new TempFolder();
        var target = Write(folder, "a/note-1.md", "# One\n\nText.\n");
        Write(folder, "a/note-2.md", "# Two\n\nText.\n");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "a", "link.md"), target);
        var walk = new InputWalk(folder.Path, InputScanner.Walk(folder.Path, Readers));
        Assert.Contains(walk.Listing.Captures, c => c.RelativePath == "a/link.md");

        File.Delete(target);
        Assert.Null(walk.Refresh(folder.Path, [target], Readers)); // the link is now a link to nothing: refused
    }

    [Fact]
    public void Creating_the_target_of_a_refused_link_is_walked_again()
    {
        using var folder = new TempFolder();
        Write(folder, "a/note-1.md", "# One\n\nText.\n");
        var target = Path.Combine(folder.Path, "a", "later.md");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "a", "link.md"), target);
        var walk = new InputWalk(folder.Path, InputScanner.Walk(folder.Path, Readers));
        Assert.Contains(walk.Listing.Refused, r => r.RelativePath == "a/link.md");

        Write(folder, "a/later.md", "# Later\n\nText.\n");
        Assert.Null(walk.Refresh(folder.Path, [target], Readers)); // the link now leads to a capture: listed
    }

    [Fact]
    public void A_lost_event_naming_the_input_folder_is_walked_again()
    {
        using var folder = Seeded();
        var walk = new InputWalk(folder.Path, InputScanner.Walk(folder.Path, Readers));
        Write(folder, "a/missed.md", "# Missed\n\nText.\n");
        Assert.Null(walk.Refresh(folder.Path, [folder.Path], Readers)); // what the watcher names when its buffer overflows
    }

    [Fact]
    public void Random_edits_refreshed_or_walked_again_always_list_what_a_walk_lists()
    {
        using var folder = Seeded();
        var random = new Random(7);
        var walk = new InputWalk(folder.Path, InputScanner.Walk(folder.Path, Readers));
        var placed = 0;
        for (var step = 0; step < 120; step++)
        {
            var changed = RandomEdit(folder, random, step);
            var refreshed = walk.Refresh(folder.Path, changed, Readers);
            var full = InputScanner.Walk(folder.Path, Readers);
            if (refreshed is not null)
            {
                placed++;
                AssertSame(full, refreshed.Listing);
            }

            walk = refreshed ?? new InputWalk(folder.Path, full);
        }

        Assert.True(placed > 40, $"only {placed} of 120 edits were placed without a walk");
    }

    private static string[] RandomEdit(TempFolder folder, Random random, int step)
    {
        var existing = Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Where(f => !f.Contains("_files", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var pick = existing.Count == 0 ? null : existing[random.Next(existing.Count)];
        switch (random.Next(6))
        {
            case 0:
                return [Write(folder, $"{(random.Next(2) == 0 ? "a" : "b")}/added-{step}.{(random.Next(2) == 0 ? "md" : "txt")}", $"# Added {step}\n\nSome text.\n")];
            case 1 when pick is not null:
                File.Delete(pick);
                return [pick];
            case 2 when pick is not null && !pick.EndsWith(".yml", StringComparison.Ordinal):
                return [Write(folder, Path.GetRelativePath(folder.Path, pick) + ".yml", $"title: Sidecar {step}\n")];
            case 3 when pick is not null:
                File.AppendAllText(pick, $"\nMore text {step}.\n");
                return [pick];
            case 4 when pick is not null:
                var renamed = Path.Combine(Path.GetDirectoryName(pick)!, $"renamed-{step}{Path.GetExtension(pick)}");
                File.Move(pick, renamed);
                return [pick, renamed];
            default:
                return [Write(folder, $"a/stray-{step}.pdf", "not a capture")];
        }
    }

    private static InputWalk Refreshed(InputWalk walk, TempFolder folder, string changed)
    {
        var refreshed = walk.Refresh(folder.Path, [changed], Readers);
        Assert.NotNull(refreshed);
        AssertSame(InputScanner.Walk(folder.Path, Readers), refreshed.Listing);
        return refreshed;
    }

    private static void AssertSame(InputListing expected, InputListing actual)
    {
        Assert.Equal(expected.Captures, actual.Captures);
        Assert.Equal(expected.Orphans, actual.Orphans);
        Assert.Equal(expected.Refused, actual.Refused);
        Assert.Equal(expected.Unsupported, actual.Unsupported);
    }

    /// <summary>Notes in two folders, one with a sidecar, and a saved page's resource folder without its page.</summary>
    private static TempFolder Seeded()
    {
        var folder = new TempFolder();
        for (var i = 1; i <= 4; i++)
        {
            Write(folder, $"a/note-{i}.md", $"# Note {i}\n\nText of note {i}.\n");
            Write(folder, $"b/dump-{i}.txt", $"Dump {i}\n\nText of dump {i}.\n");
        }

        Write(folder, "a/note-2.md.yml", "title: Note two\n");
        Write(folder, "b/page_files/style.css", "p {}");
        return folder;
    }

    private static string Write(TempFolder folder, string relative, string text)
    {
        var path = Path.Combine(folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Delete(TempFolder folder, string relative)
    {
        var path = Path.Combine(folder.Path, relative);
        File.Delete(path);
        return path;
    }
}
