using System.Collections.Concurrent;
using Archive.Core.Caching;
using Archive.Core.Engine;

namespace Archive.Core.Output;

/// <summary>The incremental commit: used when the cache knows the output folder and only a few files changed.</summary>
public static partial class SiteWriter
{
    private const string TemporarySuffix = ".archive-tmp";

    /// <summary>
    /// Writes only the files whose bytes changed, each to a temporary name first; once all are written they
    /// are renamed over the old ones, then files no document produces any more are deleted. A build that fails
    /// before the renames leaves the site as it was; the renames themselves take milliseconds.
    /// </summary>
    internal static WriteStats CommitInPlace(
        string outputDirectory,
        IReadOnlyList<Document> documents,
        IReadOnlyCollection<string> previousFiles,
        out IReadOnlyList<string> changed,
        out IReadOnlyList<string> deleted,
        CancellationToken cancellationToken)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var destinations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (!destinations.Add(document.Destination!))
            {
                throw new InvalidOperationException($"Two documents are written to '{document.Destination}'.");
            }
        }

        var pending = new ConcurrentBag<(string Temporary, string Target, string Destination)>();
        var unchanged = 0;
        try
        {
            Parallel.ForEach(
                documents,
                new ParallelOptions { CancellationToken = cancellationToken },
                document =>
                {
                    var target = Confined(output, document.Destination!);
                    if (ReusedFile.IsReuseOf(document.Content, target) || SameBytes(target, document.Content.Span))
                    {
                        Interlocked.Increment(ref unchanged);
                        return;
                    }

                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    var temporary = target + TemporarySuffix;
                    using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
                    {
                        stream.Write(document.Content.Span);
                    }

                    pending.Add((temporary, target, document.Destination!));
                });
            cancellationToken.ThrowIfCancellationRequested();
        }
        catch
        {
            foreach (var (temporary, _, _) in pending)
            {
                File.Delete(temporary);
            }

            throw;
        }

        foreach (var (temporary, target, _) in pending)
        {
            File.Move(temporary, target, overwrite: true);
        }

        var removed = new List<string>();
        foreach (var file in previousFiles)
        {
            if (destinations.Contains(file))
            {
                continue;
            }

            var path = Confined(output, file);
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            removed.Add(file);
            RemoveEmptyParents(output, Path.GetDirectoryName(path)!);
        }

        changed = pending.Select(p => p.Destination).Order(StringComparer.Ordinal).ToList();
        deleted = removed;
        return new WriteStats(pending.Count, unchanged);
    }

    private static void RemoveEmptyParents(string root, string directory)
    {
        while (directory.Length > root.Length && directory.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
               && Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
            directory = Path.GetDirectoryName(directory)!;
        }
    }
}
