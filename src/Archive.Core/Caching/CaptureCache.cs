using System.Collections.Concurrent;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Images;
using Archive.Core.Inputs;
using Archive.Core.Model;

namespace Archive.Core.Caching;

/// <summary>
/// One build's view of the captures the cache holds: a capture whose stamps are as recorded is found by its last
/// content hash without being read; any other is read and found by the hash of its bytes. Keys take in the path,
/// the content and the settings (generator version and site.yml); an entry is replayed only while the image files
/// beside the capture that its figures name are as they were. Thread-safe; a service of the build that
/// <see cref="CacheCaptures"/> looks up.
/// </summary>
internal sealed class CaptureCache(BuildCache cache, UInt128 settings, LocalImageFiles files)
{
    private readonly ConcurrentDictionary<string, CacheState.InputRecord> _inputs = ConcurrentTables.Sized<string, CacheState.InputRecord>(cache.State.Inputs.Count, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _keys = ConcurrentTables.Sized<string, string>(cache.State.Inputs.Count, StringComparer.Ordinal);
    private int _hits;

    /// <summary>Captures found in the cache / looked up, in this build.</summary>
    public (int Hits, int Looked) Counts => (_hits, _keys.Count);

    /// <summary>Each capture's stamps and content hash as this build saw them.</summary>
    public IReadOnlyDictionary<string, CacheState.InputRecord> Inputs => _inputs;

    /// <summary>The cache keys of this build's captures (what pruning keeps).</summary>
    public IEnumerable<string> Keys => _keys.Values;

    /// <summary>
    /// What the cache holds for the capture <paramref name="entry"/> names; null when it must be made, with the
    /// capture read into <paramref name="capture"/> (null on a hit: an unchanged capture is not read).
    /// </summary>
    public CachedCapture? Find(InputEntry entry, out CaptureFile? capture)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var path = entry.RelativePath;
        capture = null;

        // The stamps of the folder listing: the same length and time stat would give.
        var stamp = new FileStamp(entry.Length, entry.Ticks);
        FileStamp? sidecarStamp = entry.SidecarFullPath is null ? null : new FileStamp(entry.SidecarLength, entry.SidecarTicks);
        if (cache.State.Inputs.TryGetValue(path, out var known) && known.Capture == stamp && known.Sidecar == sidecarStamp)
        {
            var key = KeyOf(path, known.ContentHash);
            if (cache.Articles.Get(key) is { } cached && files.Unchanged(cached.Files))
            {
                return Hit(path, known, key, cached);
            }
        }

        var bytes = File.ReadAllBytes(entry.FullPath);
        var sidecar = entry.SidecarFullPath is null ? null : File.ReadAllBytes(entry.SidecarFullPath);
        var content = new ContentHash().Add(bytes).Add(sidecar is null ? -1 : 1).Add(sidecar ?? []).Value;
        var record = new CacheState.InputRecord(stamp, sidecarStamp, ContentHash.Hex(content));
        var contentKey = KeyOf(path, record.ContentHash);
        if (cache.Articles.Get(contentKey) is { } same && files.Unchanged(same.Files))
        {
            return Hit(path, record, contentKey, same);
        }

        _inputs[path] = record;
        _keys[path] = contentKey;
        capture = new CaptureFile(path, bytes, sidecar is null ? null : path + ".yml", sidecar);
        return null;
    }

    /// <summary>Keeps the analysed article of a capture this build looked up and made, with what making it reported.</summary>
    public void Store(string path, Article article, IReadOnlyList<Diagnostic> diagnostics, BuildReport.Entry report)
    {
        if (_keys.TryGetValue(path, out var key))
        {
            cache.Articles.Put(new CachedCapture(key, article, [.. diagnostics], report, files.Stamps(article)));
        }
    }

    private CachedCapture Hit(string path, CacheState.InputRecord record, string key, CachedCapture cached)
    {
        _inputs[path] = record;
        _keys[path] = key;
        Interlocked.Increment(ref _hits);
        return cached;
    }

    private string KeyOf(string path, string contentHash) =>
        ContentHash.Hex(new ContentHash().Add(path).Add(contentHash).Add(settings).Value);
}
