using System.IO.Enumeration;
using Archive.Core.Normalization;

namespace Archive.Core.Inputs;

/// <summary>A capture found under the input folder, with its sidecar and what the directory listing said of both.</summary>
public sealed record InputEntry(string RelativePath, string FullPath, string? SidecarFullPath, long Length, long Ticks, long SidecarLength, long SidecarTicks);

/// <summary>
/// Finds captures under the input folder, recursively, in ordinal path order, with their sidecars, in one walk
/// of the folder: sizes and times come from the listing, so a build that trusts them stats nothing twice.
/// </summary>
public static class InputScanner
{
    /// <summary>The captures, and the sidecars whose capture does not exist (reported, never silently ignored).</summary>
    public static (IReadOnlyList<InputEntry> Captures, IReadOnlyList<string> Orphans) Walk(string inputDirectory)
    {
        if (!Directory.Exists(inputDirectory))
        {
            return ([], []);
        }

        var root = Path.GetFullPath(inputDirectory);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var files = new FileSystemEnumerable<(string Path, long Length, long Ticks)>(
            root,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.Length, entry.LastWriteTimeUtc.UtcTicks),
            options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        }.ToDictionary(f => f.Path, StringComparer.Ordinal);

        var captures = new List<InputEntry>();
        var orphans = new List<string>();
        foreach (var (path, length, ticks) in files.Values)
        {
            if (CaptureReaders.FormatOf(path) is not null)
            {
                var hasSidecar = files.TryGetValue(path + ".yml", out var sidecar);
                captures.Add(new InputEntry(Relative(root, path), path, hasSidecar ? sidecar.Path : null, length, ticks, sidecar.Length, sidecar.Ticks));
            }
            else if (path.EndsWith(".yml", StringComparison.Ordinal) && CaptureReaders.FormatOf(path[..^4]) is not null && !files.ContainsKey(path[..^4]))
            {
                orphans.Add(Relative(root, path));
            }
        }

        captures.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        orphans.Sort(StringComparer.Ordinal);
        return (captures, orphans);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
