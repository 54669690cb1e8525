using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Normalization;

namespace Archive.Core.Caching;

/// <summary>
/// The last walk of the input folder, kept by a preview so that a rebuild after an edit does not list and stat
/// every capture again: the files the watcher names are stat'ed afresh, captures and sidecars added or deleted are
/// placed as a walk would list them, and anything it cannot account for (a folder event, a link, a file of no capture
/// format, a lost event) means a full walk.
/// </summary>
internal sealed class InputWalk
{
    private readonly Dictionary<string, int> _byPath;

    public InputWalk(string input, InputListing listing)
    {
        Input = FolderPrefix(input);
        Listing = listing;
        _byPath = IndexOf(listing.Captures);
    }

    /// <summary>The input folder's full path with a trailing separator.</summary>
    public string Input { get; }

    public InputListing Listing { get; }

    /// <summary>
    /// This walk with the files <paramref name="changed"/> read again; null when a full walk is needed. Besides edits
    /// of listed files, it accounts for what a walk would list the same way without looking further: a capture added
    /// beside captures already listed (a regular file, not hidden, of a reader's format, with no sidecar yet), a listed
    /// capture deleted while it has no sidecar, and a sidecar added to or deleted from a listed capture. Anything else
    /// (a folder, a link, a container, a file of no capture format, a deletion it cannot place) means a full walk.
    /// </summary>
    public InputWalk? Refresh(string input, IEnumerable<string> changed, CaptureReaderRegistry readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        if (!string.Equals(FolderPrefix(input), Input, StringComparison.Ordinal))
        {
            return null;
        }

        var captures = Listing.Captures.ToList();
        var byPath = _byPath;
        foreach (var path in changed)
        {
            if (!path.StartsWith(Input, StringComparison.Ordinal))
            {
                // The input folder itself, or a folder above it (a watcher that lost events names its folder): walked again.
                if (Input.StartsWith(path.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    return null;
                }

                continue; // the theme or the site file: not an input
            }

            var known = byPath.TryGetValue(path, out var index);
            if (Listing.HasLinksOrRefusals && !(known && File.Exists(path)))
            {
                return null; // an entry added or deleted may be a link's target: only a walk tells what the link is now
            }

            if (!known)
            {
                // Not listed: only a new capture or a new sidecar of a listed capture is placed without a walk.
                var added = path.EndsWith(".yml", StringComparison.Ordinal) && byPath.TryGetValue(path[..^4], out var owner)
                    ? AddSidecar(captures, owner, path)
                    : AddCapture(captures, path, readers);
                if (!added)
                {
                    return null;
                }

                byPath = IndexOf(captures);
                continue;
            }

            var entry = captures[index];
            var isSidecar = string.Equals(entry.SidecarFullPath, path, StringComparison.Ordinal);
            if (IsGone(path))
            {
                // A deleted capture whose sidecar is still there leaves an orphan, and one with a folder of saved
                // resources leaves them unsupported: walked again.
                if (!isSidecar && (entry.SidecarFullPath is not null || HasResourceFolder(path)))
                {
                    return null;
                }

                if (isSidecar)
                {
                    captures[index] = entry with { SidecarFullPath = null, SidecarLength = 0, SidecarTicks = 0 };
                }
                else
                {
                    captures.RemoveAt(index);
                }

                byPath = IndexOf(captures);
                continue;
            }

            if (!File.Exists(path))
            {
                return null;
            }

            var capture = FileStamp.Of(entry.FullPath);
            var sidecar = entry.SidecarFullPath is null ? null : FileStamp.Of(entry.SidecarFullPath);
            if (capture is null || (entry.SidecarFullPath is not null && sidecar is null))
            {
                return null;
            }

            captures[index] = entry with
            {
                Length = capture.Value.Length,
                Ticks = capture.Value.Ticks,
                SidecarLength = sidecar?.Length ?? 0,
                SidecarTicks = sidecar?.Ticks ?? 0,
            };
        }

        return new InputWalk(Input, Listing with { Captures = captures });
    }

    /// <summary>Whether nothing is at <paramref name="path"/> any more, not even a link to nothing (which a walk would report).</summary>
    private static bool IsGone(string path) => new FileInfo(path) is { Exists: false, LinkTarget: null } && !Directory.Exists(path);

    /// <summary>A new capture a walk would list as it is (see <see cref="Refresh"/>), inserted in path order; false when it needs a walk.</summary>
    private bool AddCapture(List<InputEntry> captures, string path, CaptureReaderRegistry readers)
    {
        var relative = path[Input.Length..].Replace('\\', '/');
        if (!readers.IsCapture(path) || HasResourceFolder(path) || readers.FindContainer(path) is not null || relative.Split('/').Any(part => part.Length == 0 || part[0] == '.')
            || !FileKind.IsRegularFile(path, followLinks: false) || IsHidden(path)
            || File.Exists(path + ".yml") || !ListedFolder(captures, path)
            || captures.Any(c => string.Equals(c.FullPath, path, StringComparison.OrdinalIgnoreCase)) // one file, two spellings, where case is not told apart
            || Listing.Orphans.Contains(relative + ".yml", StringComparer.Ordinal)
            || Listing.Unsupported.Contains(relative, StringComparer.Ordinal)
            || FileStamp.Of(path) is not { } stamp || stamp.Length > FolderWalk.MaxFileBytes)
        {
            return false;
        }

        var entry = new InputEntry(relative, path, null, stamp.Length, stamp.Ticks, 0, 0);
        var at = captures.BinarySearch(entry, ByRelativePath);
        if (at >= 0)
        {
            return false;
        }

        captures.Insert(~at, entry);
        return true;
    }

    /// <summary>Whether a walk skips the file as hidden or a system file; a file gone meanwhile counts as hidden (a walk will tell).</summary>
    private static bool IsHidden(string path)
    {
        try
        {
            return (File.GetAttributes(path) & (FileAttributes.Hidden | FileAttributes.System)) != 0;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>Whether a browser's folder of saved resources (<c>NAME_files/</c>) sits beside the page: its files are the page's or unsupported, as the page exists or not.</summary>
    private static bool HasResourceFolder(string path) => Directory.Exists(Path.ChangeExtension(path, null) + "_files");

    /// <summary>A new sidecar of a listed capture that had none: attached when it is a regular file a walk would read.</summary>
    private static bool AddSidecar(List<InputEntry> captures, int owner, string path)
    {
        var entry = captures[owner];
        if (entry.SidecarFullPath is not null || !FileKind.IsRegularFile(path, followLinks: false) || FileStamp.Of(path) is not { } stamp
            || stamp.Length > FolderWalk.MaxFileBytes)
        {
            return false;
        }

        captures[owner] = entry with { SidecarFullPath = path, SidecarLength = stamp.Length, SidecarTicks = stamp.Ticks };
        return true;
    }

    /// <summary>
    /// Whether <paramref name="path"/>'s folder already holds a listed capture: the walk went into it, so it is no
    /// link to a folder and not hidden.
    /// </summary>
    private static bool ListedFolder(List<InputEntry> captures, string path)
    {
        var folder = Path.GetDirectoryName(path);
        return captures.Any(c => string.Equals(Path.GetDirectoryName(c.FullPath), folder, StringComparison.Ordinal));
    }

    private static readonly Comparer<InputEntry> ByRelativePath = Comparer<InputEntry>.Create((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));

    private static Dictionary<string, int> IndexOf(IReadOnlyList<InputEntry> captures)
    {
        var byPath = new Dictionary<string, int>(captures.Count * 2, StringComparer.Ordinal);
        for (var i = 0; i < captures.Count; i++)
        {
            byPath[captures[i].FullPath] = i;
            if (captures[i].SidecarFullPath is { } sidecar)
            {
                byPath[sidecar] = i;
            }
        }

        return byPath;
    }

    private static string FolderPrefix(string folder) => Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
}
