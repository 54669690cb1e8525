using Archive.Core.Engine;

namespace Archive.Core.Caching;

/// <summary>
/// The incremental build cache of one site: normalised captures by content, page signatures, and the
/// state of the output folder, in <c>.cache/</c> (git-ignored). Keyed by content, settings and generator
/// version; anything that does not read back whole is treated as absent. One build uses it at a time.
/// A preview server keeps one instance across rebuilds, so unchanged captures stay in memory.
/// </summary>
public sealed class BuildCache
{
    private readonly string? _directory;

    private BuildCache(string? directory)
    {
        _directory = directory;
        State = directory is null ? new CacheState() : CacheState.Load(directory);

        Articles = new ArticleStore(directory is null ? null : Path.Combine(directory, "articles"));
    }

    /// <summary>The folder the cache is saved in; null for an in-memory cache.</summary>
    public string? Folder => _directory;

    /// <summary>The cache in <paramref name="directory"/>, created on first save.</summary>
    public static BuildCache Open(string directory) => new(Path.GetFullPath(directory));

    /// <summary>A cache that lives only as long as this object (tests, one-off builds).</summary>
    public static BuildCache InMemory() => new(null);

    /// <summary>
    /// Set by a long-running preview after its first build: this process is the only writer of the output
    /// folder, so it is not walked again before each rebuild to check that nobody else changed it.
    /// </summary>
    public bool TrustOutput { get; set; }

    /// <summary>Prune unused capture entries after each build; a preview prunes only on its first one.</summary>
    public bool PruneAfterEachBuild { get; set; } = true;

    internal SemaphoreSlim Gate { get; } = new(1, 1);

    internal CacheState State { get; set; }

    internal ArticleStore Articles { get; }

    /// <summary>The last build's articles, index and index pages, kept in memory only (see <see cref="ArchiveMemory"/>).</summary>
    internal ArchiveMemory? Memory { get; set; }

    /// <summary>
    /// Set by a preview before its first build: story grouping keeps what it works out per capture across rebuilds
    /// (<see cref="Analysis.Stories.StoryMemo"/>). Off for a one-off build, which would only hold it in memory longer.
    /// </summary>
    public bool KeepStories
    {
        get => Stories is not null;
        set => Stories = value ? Stories ?? new Analysis.Stories.StoryMemo(keepIndex: true) : null;
    }

    /// <summary>Story grouping's per-capture work, kept in memory only (see <see cref="KeepStories"/>).</summary>
    internal Analysis.Stories.StoryMemo? Stories { get; private set; }

    /// <summary>The entries of the last build report, kept in memory only.</summary>
    internal IReadOnlyList<BuildReport.Entry>? LastReport { get; set; }

    /// <summary>The stamps the last build's fingerprint was taken of, kept up to date by a preview's rebuilds (memory only).</summary>
    internal SiteStamps? Stamps { get; set; }

    /// <summary>The last walk of the input folder (see <see cref="InputWalk"/>), kept in memory only.</summary>
    internal InputWalk? LastWalk { get; set; }

    /// <summary>
    /// Set by a preview after its first build: the state is written once, when the preview stops (<see cref="Flush"/>),
    /// not after every rebuild. Until then the state on disk is removed, so a preview that is killed leaves no
    /// state that no longer describes the output folder.
    /// </summary>
    public bool DeferSaves { get; set; }

    private bool _unsaved;

    /// <summary>
    /// Round-trips <paramref name="sample"/> through the cache's serialiser in memory (nothing is stored), so that
    /// a preview's first edit does not pay for building the serialiser's metadata.
    /// </summary>
    public static void Prepare(Model.Article sample)
    {
        var entry = new CachedCapture("warm-up", sample, [], new BuildReport.Entry(sample.SourcePath, "built", sample.Title, sample.Permalink, sample.Body.Count, 0, null), []);
        _ = System.Text.Json.JsonSerializer.Deserialize(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(entry, CacheJson.Capture), CacheJson.Capture);
    }

    /// <summary>Writes the state held back by <see cref="DeferSaves"/>.</summary>
    public void Flush()
    {
        if (_unsaved && _directory is not null)
        {
            TrySave(_directory);
            _unsaved = false;
        }
    }

    internal void Save()
    {
        if (_directory is null)
        {
            return;
        }

        if (DeferSaves)
        {
            if (!_unsaved)
            {
                CacheState.Forget(_directory);
                _unsaved = true;
            }

            return;
        }

        TrySave(_directory);
    }

    /// <summary>Saves the state; when the disk refuses, removes it instead, so no state is trusted that was not written whole.</summary>
    private void TrySave(string directory)
    {
        try
        {
            State.Save(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                CacheState.Forget(directory);
            }
            catch (Exception forget) when (forget is IOException or UnauthorizedAccessException)
            {
                // Neither written nor removed: the generation check of the next load rejects a half-written pair.
            }
        }
    }
}
