using System.Runtime.InteropServices;
using Archive.Core.Engine;

namespace Archive.Core.Output;

/// <summary>
/// Writes the site atomically: the new tree is assembled beside the output folder, where files whose
/// bytes did not change are hard links to the old ones (same inode, same time stamp), then it replaces the
/// output folder with two renames. A build that fails or is killed before that leaves the old site whole.
/// </summary>
public static partial class SiteWriter
{
    public static WriteStats Commit(string outputDirectory, IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var staging = output + ".staging";
        var previous = output + ".previous";
        DeleteIfExists(staging);
        DeleteIfExists(previous);
        Directory.CreateDirectory(staging);
        var written = 0;
        var unchanged = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (!seen.Add(document.Destination!))
            {
                throw new InvalidOperationException($"Two documents are written to '{document.Destination}'.");
            }
        }

        Parallel.ForEach(
            documents,
            new ParallelOptions { CancellationToken = cancellationToken },
            document =>
            {
                var target = Confined(staging, document.Destination!);
                var existing = Path.Combine(output, Path.GetRelativePath(staging, target));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if ((Caching.ReusedFile.IsReuseOf(document.Content, existing) || SameBytes(existing, document.Content.Span)) && TryHardLink(existing, target))
                {
                    Interlocked.Increment(ref unchanged);
                    return;
                }

                using (var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
                {
                    stream.Write(document.Content.Span);
                }

                Interlocked.Increment(ref written);
            });

        cancellationToken.ThrowIfCancellationRequested();
        if (Directory.Exists(output))
        {
            Directory.Move(output, previous);
        }

        Directory.Move(staging, output);
        DeleteIfExists(previous);
        return new WriteStats(written, unchanged);
    }

    /// <summary>The full path of a destination inside <paramref name="root"/>; anything that would escape it is a bug upstream.</summary>
    public static string Confined(string root, string destination)
    {
        var full = Path.GetFullPath(Path.Combine(root, destination));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || destination.Contains('\0', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{destination}' outside the output folder.");
        }

        return full;
    }

    private static bool SameBytes(string path, ReadOnlySpan<byte> content)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != content.Length)
            {
                return false;
            }

            return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool TryHardLink(string existing, string target) =>
        !OperatingSystem.IsWindows() && Link(existing, target) == 0;

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string oldPath, string newPath);
}
