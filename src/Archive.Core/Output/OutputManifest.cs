using Archive.Core.Engine;

namespace Archive.Core.Output;

/// <summary>
/// What the output folder holds: each file's stamp, as the last commit left it. The sink's commit keeps it up to
/// date (an in-place commit patches it with what changed and what was deleted; a new tree is walked once), so a
/// build cache only saves and loads it. Whoever passes a manifest in keeps the files it lists until the commit.
/// </summary>
public sealed class OutputManifest
{
    private readonly string _folder;

    private OutputManifest(string folder, SortedDictionary<string, FileStamp>? files)
    {
        _folder = Path.GetFullPath(folder);
        Files = files;
    }

    /// <summary>Destination → stamp; null when the folder's contents are not known (before the first commit).</summary>
    internal SortedDictionary<string, FileStamp>? Files { get; private set; }

    /// <summary>The manifest of <paramref name="folder"/> when it holds <paramref name="files"/>; null files when unknown.</summary>
    internal static OutputManifest Of(string folder, SortedDictionary<string, FileStamp>? files) => new(folder, files);

    /// <summary>Commits <paramref name="sink"/> with <paramref name="documents"/> (every file of the new site) and records what the folder now holds.</summary>
    public WriteStats Commit(SiteSink sink, IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (!sink.IsInPlace)
        {
            var written = sink.Commit(documents, [], cancellationToken);
            Files = FolderScan.Stamps(_folder);
            return written;
        }

        // An in-place sink is opened only over a folder whose files are known.
        var files = Files ?? throw new InvalidOperationException("An in-place commit needs the output folder's manifest.");
        var stats = sink.Commit(documents, files.Keys, cancellationToken);
        foreach (var path in sink.Deleted)
        {
            files.Remove(path);
        }

        foreach (var path in sink.Changed)
        {
            files[path] = FileStamp.Of(SiteWriter.Confined(_folder, path)) ?? default;
        }

        return stats;
    }
}
