using System.IO.Enumeration;

namespace Archive.Core.Inputs;

/// <summary>A file a walk found: its path as listed (a link keeps its own name) and the stamp of what it holds.</summary>
public readonly record struct WalkedFile(string FullPath, long Length, long Ticks, bool IsLink = false);

/// <summary>An entry a walk would have read and did not, with the reason (reported as a warning).</summary>
public sealed record RefusedEntry(string RelativePath, string Reason);

/// <summary>
/// Every file under a folder the build may read, in one walk, under one policy (docs/reliability.md): folders
/// reached through a symbolic link are not entered (a link to '.' would make the walk endless); a file that is a
/// symbolic link is read only when it resolves to a regular file inside the folder (a link to /etc/passwd or
/// /dev/zero is refused); pipes, sockets and devices are refused (opening one blocks or never ends); so are
/// files larger than <see cref="MaxFileBytes"/>.
/// </summary>
public static class FolderWalk
{
    /// <summary>
    /// The largest file read whole. Saved pages with inlined images reach tens of MiB; a file past this is not a
    /// capture a reader can use, and several read at once by parallel workers would exhaust memory.
    /// </summary>
    public const long MaxFileBytes = 128L * 1024 * 1024;

    /// <summary>
    /// The files under <paramref name="root"/> that <paramref name="wanted"/> accepts (by full path), and what was refused.
    /// Files that <paramref name="streamed"/> accepts are read as streams (WARC containers), so <see cref="MaxFileBytes"/> does not apply to them.
    /// </summary>
    public static (List<WalkedFile> Files, List<RefusedEntry> Refused) Walk(string root, Func<string, bool> wanted, bool skipHidden = true, Func<string, bool>? streamed = null)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var files = new List<WalkedFile>();
        var refused = new List<RefusedEntry>();
        if (!Directory.Exists(root))
        {
            return (files, refused);
        }

        root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var realRoot = FileKind.RealPath(root) ?? root;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = skipHidden ? FileAttributes.Hidden | FileAttributes.System : 0,
        };
        var entries = new FileSystemEnumerable<(string Path, bool IsDirectory, bool IsLink, long Length, long Ticks)>(
            root,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory, (entry.Attributes & FileAttributes.ReparsePoint) != 0, entry.IsDirectory ? 0 : entry.Length, entry.LastWriteTimeUtc.UtcTicks),
            options)
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || (entry.Attributes & FileAttributes.ReparsePoint) != 0,
        };

        foreach (var (path, isDirectory, isLink, length, ticks) in entries)
        {
            if (isDirectory)
            {
                refused.Add(new RefusedEntry(Relative(root, path), "a symbolic link to a folder; links to folders are not followed"));
                continue;
            }

            if (!wanted(path))
            {
                continue;
            }

            if (isLink)
            {
                var target = FileKind.RealPath(path);
                if (target is null)
                {
                    refused.Add(new RefusedEntry(Relative(root, path), "a symbolic link to nothing"));
                }
                else if (!target.StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    refused.Add(new RefusedEntry(Relative(root, path), "a symbolic link to a file outside the folder; only links inside it are followed"));
                }
                else if (!FileKind.IsRegularFile(target))
                {
                    refused.Add(new RefusedEntry(Relative(root, path), "a symbolic link to " + FileKind.Describe(target)));
                }
                else
                {
                    var info = new FileInfo(target);
                    Add(path, info.Length, info.LastWriteTimeUtc.Ticks, isLink: true);
                }

                continue;
            }

            // Pipes, sockets and devices list with length 0: only those are asked about.
            if (length == 0 && !FileKind.IsRegularFile(path, followLinks: false))
            {
                refused.Add(new RefusedEntry(Relative(root, path), FileKind.Describe(path)));
                continue;
            }

            Add(path, length, ticks);
        }

        return (files, refused);

        void Add(string path, long length, long ticks, bool isLink = false)
        {
            if (length > MaxFileBytes && streamed?.Invoke(path) != true)
            {
                refused.Add(new RefusedEntry(Relative(root, path), $"larger than {MaxFileBytes >> 20} MiB ({length >> 20} MiB)"));
            }
            else
            {
                files.Add(new WalkedFile(path, length, ticks, isLink));
            }
        }
    }

    /// <summary>The readable files under <paramref name="root"/> (hidden ones included), for theme folders: refusals are skipped silently.</summary>
    public static IEnumerable<string> Files(string root, bool recurse = true)
    {
        var top = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        if (!recurse)
        {
            return Walk(root, path => string.Equals(Path.GetDirectoryName(path), top, StringComparison.Ordinal), skipHidden: false).Files
                .Select(f => f.FullPath).Order(StringComparer.Ordinal).ToList();
        }

        return Walk(root, _ => true, skipHidden: false).Files.Select(f => f.FullPath).Order(StringComparer.Ordinal).ToList();
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
