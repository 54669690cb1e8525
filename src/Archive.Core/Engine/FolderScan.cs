using System.IO.Enumeration;

namespace Archive.Core.Engine;

/// <summary>Every file under a folder with its stamp, from one directory walk (no extra stat per file), in ordinal path order.</summary>
internal static class FolderScan
{
    public static SortedDictionary<string, FileStamp> Stamps(string root)
    {
        var stamps = new SortedDictionary<string, FileStamp>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return stamps;
        }

        var prefix = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar).Length + 1;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var entries = new FileSystemEnumerable<(string, FileStamp)>(
            Path.GetFullPath(root),
            (ref FileSystemEntry entry) => (entry.ToFullPath()[prefix..].Replace('\\', '/'), new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcTicks)),
            options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,

            // Folders reached through a link are not entered, as in FolderWalk: a link to '.' would never end.
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        foreach (var (path, stamp) in entries)
        {
            stamps[path] = stamp;
        }

        return stamps;
    }

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="root"/> with '/' separators, as <see cref="Stamps"/> names
    /// files; null for the root itself or anything outside it.
    /// </summary>
    public static string? RelativeInside(string root, string path)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path));
        return relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? null
            : relative.Replace('\\', '/');
    }

    /// <summary>A hash of every path and stamp under <paramref name="root"/>: changes when any file is added, removed, touched or resized.</summary>
    public static void AddTo(ContentHash hash, string root) => AddTo(hash, root, Stamps(root));

    /// <summary>The same hash, of stamps taken earlier (<see cref="Stamps"/>).</summary>
    public static void AddTo(ContentHash hash, string root, SortedDictionary<string, FileStamp> stamps)
    {
        hash.Add(root);
        foreach (var (path, stamp) in stamps)
        {
            hash.Add(path).Add(stamp.Length).Add(stamp.Ticks);
        }
    }
}
