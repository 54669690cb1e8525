using System.Collections.Concurrent;
using System.Text.Json;

namespace Archive.Core.Caching;

/// <summary>
/// Normalised and analysed captures by cache key: in memory for a long-running preview, and one file per
/// key under <c>.cache/articles/</c> so that the next <c>build</c> process finds them. An entry that does not
/// read back whole, or whose key does not match its file name, is a miss and is written again.
/// </summary>
internal sealed class ArticleStore(string? directory)
{
    private readonly ConcurrentDictionary<string, CachedCapture> _memory = new(StringComparer.Ordinal);

    public int Count => _memory.Count;

    public bool Contains(string key) => _memory.ContainsKey(key) || (directory is not null && File.Exists(PathOf(key)));

    public CachedCapture? Get(string key)
    {
        if (_memory.TryGetValue(key, out var entry))
        {
            return entry;
        }

        if (directory is null)
        {
            return null;
        }

        try
        {
            // JSON followed by the XXH64 of the JSON: a flipped byte inside a string would still parse.
            var bytes = File.ReadAllBytes(PathOf(key));
            if (bytes.Length < 8 || System.IO.Hashing.XxHash64.HashToUInt64(bytes.AsSpan(0, bytes.Length - 8)) != BitConverter.ToUInt64(bytes, bytes.Length - 8))
            {
                return null;
            }

            var loaded = JsonSerializer.Deserialize(bytes.AsSpan(0, bytes.Length - 8), CacheJson.Capture);
            if (loaded is null || loaded.Key != key || loaded.Article is null)
            {
                return null;
            }

            _memory[key] = loaded;
            return loaded;
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    public void Put(CachedCapture entry)
    {
        _memory[entry.Key] = entry;
        if (directory is null)
        {
            return;
        }

        var path = PathOf(entry.Key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        var json = JsonSerializer.SerializeToUtf8Bytes(entry, CacheJson.Capture);
        try
        {
            using (var file = File.Create(temporary))
            {
                file.Write(json);
                file.Write(BitConverter.GetBytes(System.IO.Hashing.XxHash64.HashToUInt64(json)));
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache is an optimisation: on a full or read-only disk the entry is not kept (the next build
            // normalises the capture again) and no partial file is left.
            File.Delete(temporary);
        }
    }

    /// <summary>Drops entries no capture uses any more, in memory and on disk.</summary>
    public void Prune(IReadOnlySet<string> live)
    {
        foreach (var key in _memory.Keys.Where(k => !live.Contains(k)).ToList())
        {
            _memory.TryRemove(key, out _);
        }

        if (directory is null || !Directory.Exists(directory))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            var key = name.EndsWith(".entry", StringComparison.Ordinal) ? name[..^6] : null;
            if (key is null || !live.Contains(key))
            {
                File.Delete(file);
            }
        }
    }

    private string PathOf(string key) => Path.Combine(directory!, key[..2], key + ".entry");
}
