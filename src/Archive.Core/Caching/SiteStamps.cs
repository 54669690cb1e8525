using Archive.Core.Engine;
using Archive.Core.Inputs;

namespace Archive.Core.Caching;

/// <summary>
/// What a build's fingerprint is made of (<see cref="IncrementalBuild.FingerprintOf"/>): the stamp of every file under
/// the input and theme folders and the bytes of the site file. A preview keeps it from its first build and, before
/// each rebuild reads anything, re-stats the files its watcher named; the state it leaves when it stops then carries
/// the fingerprint of the files its last rebuild read, so the next <c>build</c> replays when nothing changed since.
/// Taken before the build reads the files, a stamp can only be older than what was read: a file written meanwhile
/// shows a newer stamp on disk and the next build does its work.
/// </summary>
internal sealed class SiteStamps
{
    private readonly BuildPaths _paths;
    private readonly SortedDictionary<string, FileStamp> _input;
    private readonly SortedDictionary<string, FileStamp> _theme;
    private byte[] _site;

    // False once a change could not be accounted for file by file (a folder event): no fingerprint until a full scan.
    private bool _complete = true;

    private SiteStamps(BuildPaths paths, SortedDictionary<string, FileStamp> input, SortedDictionary<string, FileStamp> theme, byte[] site)
    {
        _paths = paths;
        _input = input;
        _theme = theme;
        _site = site;
    }

    public BuildPaths Paths => _paths;

    /// <summary>Every file under the input and theme folders, and the site file, as they are now.</summary>
    public static SiteStamps Scan(BuildPaths paths) =>
        new(paths, FolderScan.Stamps(paths.Input), FolderScan.Stamps(paths.Theme), SiteBytes(paths));

    /// <summary>Re-stats <paramref name="changed"/> (full paths, as a watcher names them) and re-reads the site file.</summary>
    public void Update(IEnumerable<string> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        _site = SiteBytes(_paths);
        foreach (var path in changed)
        {
            if (Directory.Exists(path))
            {
                _complete = false;
                continue;
            }

            Restamp(_input, _paths.Input, path);
            Restamp(_theme, _paths.Theme, path);
        }
    }

    /// <summary>The fingerprint a full scan of the files as stamped here would give; null when the stamps are not all known.</summary>
    public UInt128? Fingerprint()
    {
        if (!_complete)
        {
            return null;
        }

        var hash = new ContentHash().Add(GeneratorVersion.Value).Add(_paths.Input).Add(_paths.Output).Add(_paths.Theme).Add(_paths.SiteFile);
        hash.Add(_site);
        FolderScan.AddTo(hash, _paths.Input, _input);
        FolderScan.AddTo(hash, _paths.Theme, _theme);
        return hash.Value;
    }

    private static void Restamp(SortedDictionary<string, FileStamp> stamps, string root, string path)
    {
        if (FolderScan.RelativeInside(root, path) is not { } relative)
        {
            return;
        }

        if (FileStamp.Of(path) is { } stamp)
        {
            stamps[relative] = stamp;
        }
        else
        {
            stamps.Remove(relative);
        }
    }

    private static byte[] SiteBytes(BuildPaths paths) =>
        paths.SiteFile is { } file && FileKind.IsRegularFile(file) ? File.ReadAllBytes(file) : [];
}
