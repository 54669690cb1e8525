using Archive.Core.Engine;
using Archive.Core.Inputs;

namespace Archive.Core.Caching;

/// <summary>
/// The last walk of the input folder, kept by a preview so that a rebuild after an edit does not list and stat
/// every capture again: the files the watcher names are stat'ed afresh, and anything it cannot account for (a new
/// or deleted file, a folder event, a lost event) means a full walk.
/// </summary>
internal sealed class InputWalk
{
    private readonly Dictionary<string, int> _byPath;

    public InputWalk(string input, InputListing listing)
    {
        Input = FolderPrefix(input);
        Listing = listing;
        var captures = listing.Captures;
        _byPath = new Dictionary<string, int>(captures.Count * 2, StringComparer.Ordinal);
        for (var i = 0; i < captures.Count; i++)
        {
            _byPath[captures[i].FullPath] = i;
            if (captures[i].SidecarFullPath is { } sidecar)
            {
                _byPath[sidecar] = i;
            }
        }
    }

    /// <summary>The input folder's full path with a trailing separator.</summary>
    public string Input { get; }

    public InputListing Listing { get; }

    /// <summary>This walk with the stamps of <paramref name="changed"/> read again; null when a full walk is needed.</summary>
    public InputWalk? Refresh(string input, IEnumerable<string> changed)
    {
        if (!string.Equals(FolderPrefix(input), Input, StringComparison.Ordinal))
        {
            return null;
        }

        var captures = Listing.Captures.ToArray();
        foreach (var path in changed)
        {
            if (!path.StartsWith(Input, StringComparison.Ordinal))
            {
                continue; // the theme or the site file: not an input
            }

            if (!_byPath.TryGetValue(path, out var index) || !File.Exists(path))
            {
                return null;
            }

            var entry = captures[index];
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

    private static string FolderPrefix(string folder) => Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
}
