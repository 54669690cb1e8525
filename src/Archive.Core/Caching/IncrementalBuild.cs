using System.Collections.Concurrent;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Model;
using Archive.Core.Modules;
using Archive.Core.Output;

namespace Archive.Core.Caching;

/// <summary>
/// One build's view of the <see cref="BuildCache"/>, registered as an engine service. The modules call it
/// at four points: reading a capture (skipped when its stamp and cache entry say it is unchanged),
/// normalising and analysing it (replayed from the cache), rendering a page (skipped when its template
/// and view model hash as before and the output file is as the last build left it) and writing the site
/// (in place when few files changed). Without a cache every call is a pass-through.
/// </summary>
public sealed class IncrementalBuild
{
    private readonly BuildCache? _cache;
    private readonly string _output = "";
    private readonly UInt128 _settings;
    private readonly Dictionary<string, UInt128> _layoutSalts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CacheState.InputRecord> _inputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CachedCapture> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (IReadOnlyList<Diagnostic> Diagnostics, BuildReport.Entry? Entry)> _normalised = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UInt128> _pages = new(StringComparer.Ordinal);
    private readonly bool _outputVerified;
    private SortedDictionary<string, FileStamp>? _newOutput;
    private int _rendered;
    private int _reusedPages;

    private IncrementalBuild()
    {
    }

    private IncrementalBuild(BuildCache cache, BuildPaths paths, UInt128 fingerprint)
    {
        _cache = cache;
        _output = Path.GetFullPath(paths.Output);
        Fingerprint = fingerprint;
        var site = paths.SiteFile is { } file && File.Exists(file) ? File.ReadAllBytes(file) : [];
        _settings = new ContentHash().Add(GeneratorVersion.Value).Add(site).Value;
        var state = cache.State;
        // The output folder is taken to be as the last build left it when its top-level files are (a deleted or
        // replaced folder, or a rewritten home page or report, shows there); files edited by hand deeper down are
        // not looked for: 'build --no-cache' rewrites everything.
        _outputVerified = state.TopLevel is { } top && (cache.TrustOutput || SameFiles(TopLevelStamps(_output), top));
        ComputeLayoutSalts(paths.Theme);
    }

    public static IncrementalBuild Disabled { get; } = new();

    public bool Enabled => _cache is not null;

    internal UInt128 Fingerprint { get; }

    /// <summary>Captures read from the cache / normalised again; pages reused / rendered.</summary>
    public (int CapturesCached, int CapturesNormalised, int PagesReused, int PagesRendered) Counts =>
        (_hits.Count, _keys.Count - _hits.Count, _reusedPages, _rendered);

    /// <summary>The hash of everything a build reads, taken from stamps only (no file is read but the site file).</summary>
    internal static UInt128 FingerprintOf(BuildPaths paths)
    {
        var hash = new ContentHash().Add(GeneratorVersion.Value).Add(paths.Input).Add(paths.Output).Add(paths.Theme).Add(paths.SiteFile);
        hash.Add(paths.SiteFile is { } file && File.Exists(file) ? File.ReadAllBytes(file) : []);
        FolderScan.AddTo(hash, paths.Input);
        FolderScan.AddTo(hash, paths.Theme);
        return hash.Value;
    }

    internal static IncrementalBuild Begin(BuildCache cache, BuildPaths paths, UInt128 fingerprint) => new(cache, paths, fingerprint);

    /// <summary>When nothing a build reads has changed since the last one and the output folder is as it left it: that build's outcome.</summary>
    internal CacheState.LastBuild? Unchanged() =>
        _cache is { State: { Last: { } last } state } && state.Fingerprint == Fingerprint && _outputVerified ? last : null;

    /// <summary>ReadCaptures: the capture and its sidecar, or an empty stand-in when the cache already holds its article.</summary>
    public CaptureFile Read(string relativePath, string fullPath, string? sidecarFullPath)
    {
        var sidecarPath = sidecarFullPath is null ? null : relativePath + ".yml";
        if (_cache is null)
        {
            return new CaptureFile(relativePath, File.ReadAllBytes(fullPath), sidecarPath, sidecarFullPath is null ? null : File.ReadAllBytes(sidecarFullPath));
        }

        var stamp = FileStamp.Of(fullPath) ?? default;
        var sidecarStamp = sidecarFullPath is null ? null : FileStamp.Of(sidecarFullPath);
        if (_cache.State.Inputs.TryGetValue(relativePath, out var known) && known.Capture == stamp && known.Sidecar == sidecarStamp)
        {
            var key = KeyOf(relativePath, known.ContentHash);
            if (_cache.Articles.Get(key) is { } entry)
            {
                _inputs[relativePath] = known;
                _keys[relativePath] = key;
                _hits[relativePath] = entry;
                return new CaptureFile(relativePath, [], sidecarPath, sidecarFullPath is null ? null : []);
            }
        }

        var bytes = File.ReadAllBytes(fullPath);
        var sidecar = sidecarFullPath is null ? null : File.ReadAllBytes(sidecarFullPath);
        var content = new ContentHash().Add(bytes).Add(sidecar is null ? -1 : 1).Add(sidecar ?? []).Value;
        var record = new CacheState.InputRecord(stamp, sidecarStamp, ContentHash.Hex(content));
        var contentKey = KeyOf(relativePath, record.ContentHash);
        _inputs[relativePath] = record;
        _keys[relativePath] = contentKey;
        if (_cache.Articles.Get(contentKey) is { } same)
        {
            _hits[relativePath] = same;
        }

        return new CaptureFile(relativePath, bytes, sidecarPath, sidecar);
    }

    /// <summary>NormaliseCaptures: the cached article of an unchanged capture, its diagnostics and report entry replayed; null when it must be normalised.</summary>
    public Article? Restore(string path, IExecutionContext context, BuildReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        if (!_hits.TryGetValue(path, out var entry))
        {
            return null;
        }

        foreach (var diagnostic in entry.Diagnostics)
        {
            context.Report(diagnostic);
        }

        report.Restore(entry.Report);
        return entry.Article;
    }

    /// <summary>NormaliseCaptures: what normalising a capture reported, kept until its analysed article is cached.</summary>
    public void Normalised(string path, IReadOnlyList<Diagnostic> diagnostics, BuildReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (_cache is not null)
        {
            _normalised[path] = (diagnostics.ToList(), report.EntryOf(path));
        }
    }

    /// <summary>AnalyseArticles: true when the document's article came from the cache already analysed.</summary>
    public bool IsAnalysed(Document document) =>
        _cache is not null && document?.Article is { } article && _hits.ContainsKey(article.SourcePath);

    /// <summary>AnalyseArticles: caches the analysed article of a capture normalised in this build.</summary>
    public Document Analysed(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_cache is not null && document.Article is { } article &&
            _keys.TryGetValue(article.SourcePath, out var key) &&
            _normalised.TryGetValue(article.SourcePath, out var normalised) && normalised.Entry is { } entry)
        {
            _cache.Articles.Put(new CachedCapture(key, article, normalised.Diagnostics, entry));
        }

        return document;
    }

    /// <summary>
    /// PageFactory: the page as the output folder already holds it when its layout, theme, settings and
    /// view model hash as they did when it was written; null when it must be rendered.
    /// </summary>
    public Document? TryReuse(string layout, string destination, IReadOnlyDictionary<string, object?> variables)
    {
        if (_cache is null)
        {
            return null;
        }

        var hash = new ContentHash()
            .Add(_layoutSalts.TryGetValue(layout, out var salt) ? salt : (UInt128)Guid.NewGuid().GetHashCode())
            .Add(layout)
            .Add(destination);
        ViewHasher.Add(hash, variables);
        var signature = hash.Value;
        _pages[destination] = signature;
        var state = _cache.State;
        if (_outputVerified &&
            state.Pages.TryGetValue(destination, out var previous) && previous == signature &&
            state.Output is { } files && files.TryGetValue(destination, out var stamp) && stamp.Length <= int.MaxValue)
        {
            Interlocked.Increment(ref _reusedPages);
            var path = SiteWriter.Confined(_output, destination);
            return Document.Output(destination, new ReusedFile(path, (int)stamp.Length).AsMemory());
        }

        Interlocked.Increment(ref _rendered);
        return null;
    }

    /// <summary>Where this build's pages go as they are rendered: in place when the cache knows the output folder, else a new tree swapped in at the end.</summary>
    public SiteSink OpenSink(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory);
        return _cache is not null && _outputVerified && _cache.State.Output is not null && string.Equals(output, _output, StringComparison.Ordinal)
            ? SiteSink.InPlace(output)
            : SiteSink.NewTree(output);
    }

    /// <summary>WriteSite: commits the sink and records what the output folder now holds.</summary>
    public WriteStats Commit(SiteSink sink, IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (!sink.IsInPlace)
        {
            var written = sink.Commit(documents, [], cancellationToken);
            _newOutput = _cache is null ? null : FolderScan.Stamps(_output);
            return written;
        }

        var manifest = new SortedDictionary<string, FileStamp>(_cache!.State.Output!, StringComparer.Ordinal);
        var stats = sink.Commit(documents, manifest.Keys, cancellationToken);
        foreach (var path in sink.Deleted)
        {
            manifest.Remove(path);
        }

        foreach (var path in sink.Changed)
        {
            manifest[path] = FileStamp.Of(SiteWriter.Confined(_output, path)) ?? default;
        }

        _newOutput = manifest;
        return stats;
    }

    /// <summary>After a build that wrote the site: the cache now describes it. Saved to disk.</summary>
    internal void Complete(IReadOnlyList<Diagnostic> diagnostics, BuildReport report, int files)
    {
        if (_cache is null || _newOutput is null)
        {
            return;
        }

        var state = new CacheState
        {
            Fingerprint = Fingerprint,
            Output = _newOutput,
            Last = new CacheState.LastBuild(diagnostics.ToList(), report.Entries, files),
        };
        foreach (var (path, record) in _inputs)
        {
            state.Inputs[path] = record;
        }

        foreach (var (destination, signature) in _pages)
        {
            state.Pages[destination] = signature;
        }

        var changed = _hits.Count != _keys.Count || _cache.State.Inputs.Count != _inputs.Count;
        _cache.State = state;
        if (changed && (_cache.PruneAfterEachBuild || _cache.Articles.Count > 2 * _keys.Count))
        {
            _cache.Articles.Prune(_keys.Values.ToHashSet(StringComparer.Ordinal));
        }

        _cache.Save();
    }

    /// <summary>Forgets what the output folder holds, so the next build checks every file (after a failed write).</summary>
    internal void Invalidate()
    {
        if (_cache is not null)
        {
            _cache.State = new CacheState();
            _cache.Save();
        }
    }

    private string KeyOf(string path, string contentHash) =>
        ContentHash.Hex(new ContentHash().Add(path).Add(contentHash).Add(_settings).Value);

    private void ComputeLayoutSalts(string theme)
    {
        static byte[] Read(string path) => File.Exists(path) ? File.ReadAllBytes(path) : [];
        static IEnumerable<string> Files(string directory, string pattern, SearchOption option) =>
            Directory.Exists(directory) ? Directory.EnumerateFiles(directory, pattern, option).Order(StringComparer.Ordinal) : [];

        // Every page is rendered inside base and may call any partial or asset: those change every layout's salt.
        var shared = new ContentHash().Add(_settings).Add(Read(Path.Combine(theme, "layouts", "base.sbn")));
        foreach (var file in Files(Path.Combine(theme, "partials"), "*.sbn", SearchOption.TopDirectoryOnly)
                     .Concat(Files(Path.Combine(theme, "assets"), "*", SearchOption.AllDirectories)))
        {
            shared.Add(Path.GetRelativePath(theme, file)).Add(Read(file));
        }

        var common = shared.Value;
        foreach (var file in Files(Path.Combine(theme, "layouts"), "*.sbn", SearchOption.TopDirectoryOnly))
        {
            _layoutSalts[Path.GetFileNameWithoutExtension(file)] = new ContentHash().Add(common).Add(Read(file)).Value;
        }
    }

    private static SortedDictionary<string, FileStamp> TopLevelStamps(string output)
    {
        var stamps = new SortedDictionary<string, FileStamp>(StringComparer.Ordinal);
        if (Directory.Exists(output))
        {
            foreach (var file in new DirectoryInfo(output).EnumerateFiles())
            {
                stamps[file.Name] = new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks);
            }
        }

        return stamps;
    }

    private static bool SameFiles(SortedDictionary<string, FileStamp> actual, SortedDictionary<string, FileStamp> expected) =>
        actual.Count == expected.Count && actual.All(kv => expected.TryGetValue(kv.Key, out var stamp) && stamp == kv.Value);
}
