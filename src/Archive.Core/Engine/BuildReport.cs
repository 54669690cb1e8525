using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Core.Engine;

/// <summary>The fate of every input: read into which page, what was dropped, or why it failed.</summary>
public sealed class BuildReport
{
    // Written by every core for every capture (see ConcurrentTables).
    private readonly ConcurrentDictionary<string, Entry> _entries = ConcurrentTables.Sized<string, Entry>(0, StringComparer.Ordinal);

    /// <summary>The capture was made into an article titled <paramref name="title"/> of <paramref name="blocks"/> blocks; <paramref name="dropped"/> were dropped.</summary>
    public void Normalised(string path, string title, int blocks, int dropped) =>
        _entries[path] = new Entry(path, "built", title, null, blocks, dropped, null);

    public void Skipped(string path, string reason) => _entries[path] = new Entry(path, "skipped", null, null, 0, 0, reason);

    public void Failed(string path, string reason) => _entries[path] = new Entry(path, "failed", null, null, 0, 0, reason);

    public void Published(string path, string permalink)
    {
        if (_entries.TryGetValue(path, out var entry))
        {
            _entries[path] = entry with { Permalink = permalink };
        }
    }

    /// <summary>The entry of <paramref name="path"/>, for the build cache.</summary>
    internal Entry? EntryOf(string path) => _entries.GetValueOrDefault(path);

    /// <summary>Puts back an entry the build cache kept from an earlier build.</summary>
    internal void Restore(Entry entry) => _entries[entry.Path] = entry;

    public IReadOnlyList<Entry> Entries => _entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();

    public byte[] ToJson() => ToJson(Entries);

    public static byte[] ToJson(IReadOnlyList<Entry> entries) => JsonSerializer.SerializeToUtf8Bytes(entries, ReportJson.Default.IReadOnlyListEntry);

    public sealed record Entry(string Path, string Status, string? Title, string? Permalink, int Blocks, int Dropped, string? Reason);
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<BuildReport.Entry>))]
internal sealed partial class ReportJson : JsonSerializerContext;
