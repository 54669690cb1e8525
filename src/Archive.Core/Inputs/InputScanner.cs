using Archive.Core.Normalization;

namespace Archive.Core.Inputs;

/// <summary>A capture found under the input folder, with its sidecar, and what the directory listing said of both.</summary>
public sealed record InputEntry(string RelativePath, string FullPath, string? SidecarFullPath, long Length, long Ticks, long SidecarLength, long SidecarTicks);

/// <summary>What one walk of the input folder found: captures, sidecars without a capture, and entries refused by <see cref="FolderWalk"/>'s policy.</summary>
public sealed record InputListing(IReadOnlyList<InputEntry> Captures, IReadOnlyList<string> Orphans, IReadOnlyList<RefusedEntry> Refused)
{
    /// <summary>Files of no capture format (a PDF, a Word file, a stray image), relative to the input folder, in ordinal order: reported, never silently ignored.</summary>
    public IReadOnlyList<string> Unsupported { get; init; } = [];

    /// <summary>
    /// Whether the walk met a symbolic link or refused an entry: a file's creation or deletion can then change what
    /// another entry is (a link's target), so only a new walk can tell (see <c>Caching.InputWalk</c>).
    /// </summary>
    public bool HasLinksOrRefusals { get; init; }

    public static InputListing Empty { get; } = new([], [], []);
}

/// <summary>
/// Finds captures under the input folder, recursively, in ordinal path order, with their sidecars, in one walk
/// of the folder: sizes and times come from the listing, so a build that trusts them stats nothing twice.
/// </summary>
public static class InputScanner
{
    private static readonly CaptureReaderRegistry DefaultReaders = CaptureReaderRegistry.CreateDefault();

    /// <summary>The captures of the built-in formats (<see cref="CaptureReaderRegistry.CreateDefault"/>): see <see cref="Walk(string, CaptureReaderRegistry)"/>.</summary>
    public static InputListing Walk(string inputDirectory) => Walk(inputDirectory, DefaultReaders);

    /// <summary>
    /// The captures (files with an extension <paramref name="readers"/> has a reader for), the sidecars whose capture
    /// does not exist, and what the walk refused to read (each reported, never silently ignored).
    /// </summary>
    public static InputListing Walk(string inputDirectory, CaptureReaderRegistry readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        if (!Directory.Exists(inputDirectory))
        {
            return InputListing.Empty;
        }

        var root = Path.GetFullPath(inputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        // Every file is listed so that none is silently ignored; containers are streamed, so no size cap applies to them.
        var (walked, refused) = FolderWalk.Walk(root, _ => true, streamed: path => readers.FindContainer(path) is not null);
        var files = walked.ToDictionary(f => f.FullPath, StringComparer.Ordinal);
        var captures = new List<InputEntry>();
        var orphans = new List<string>();
        var unsupported = new List<string>();
        foreach (var (path, length, ticks, _) in files.Values)
        {
            if (!IsCaptureOrSidecar(readers, path))
            {
                if (!IsSavedPageResource(root, path))
                {
                    unsupported.Add(Relative(root, path));
                }

                continue;
            }

            if (readers.IsCapture(path))
            {
                var hasSidecar = files.TryGetValue(path + ".yml", out var sidecar);
                captures.Add(new InputEntry(Relative(root, path), path, hasSidecar ? sidecar.FullPath : null, length, ticks, sidecar.Length, sidecar.Ticks));
            }
            else if (!files.ContainsKey(path[..^4]))
            {
                orphans.Add(Relative(root, path));
            }
        }

        captures.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        orphans.Sort(StringComparer.Ordinal);
        refused.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        unsupported.Sort(StringComparer.Ordinal);
        return new InputListing(captures, orphans, refused) { Unsupported = unsupported, HasLinksOrRefusals = refused.Count > 0 || walked.Any(f => f.IsLink) };
    }

    /// <summary>
    /// Whether <paramref name="path"/> lies in the <c>NAME_files/</c> folder a browser saves beside <c>NAME.html</c> (its
    /// images and style sheets): part of that capture, not a file of its own.
    /// </summary>
    private static bool IsSavedPageResource(string root, string path)
    {
        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            var name = Path.GetFileName(folder);
            if (name.EndsWith("_files", StringComparison.Ordinal))
            {
                var page = Path.Combine(Path.GetDirectoryName(folder)!, name[..^"_files".Length]);
                if (File.Exists(page + ".html") || File.Exists(page + ".htm"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsCaptureOrSidecar(CaptureReaderRegistry readers, string path) =>
        readers.IsCapture(path) ||
        (path.EndsWith(".yml", StringComparison.Ordinal) && readers.IsCapture(path.AsSpan(0, path.Length - 4)));

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
