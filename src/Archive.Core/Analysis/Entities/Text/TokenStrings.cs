namespace Archive.Core.Analysis.Entities.Text;

/// <summary>
/// One string per distinct token text, per thread: most tokens of an archive are words and punctuation seen
/// thousands of times, and making a new string for each occurrence was a large share of what a cold build
/// allocates. The table is dropped when it grows past <see cref="MaxEntries"/>, so rare words do not pile up.
/// Only the identity of strings changes, never their value: callers compare tokens by value.
/// </summary>
internal static class TokenStrings
{
    private const int MaxEntries = 50_000;

    // Tokens longer than this are rare (URLs, long compounds) and not worth keeping.
    private const int MaxLength = 24;

    // Slots of the front cache: a power of two, small enough (32 KB of references) to stay in the core's cache.
    private const int RecentSlots = 4096;

    [ThreadStatic]
    private static HashSet<string>? t_strings;

    // The last string seen per slot, checked before the set: most tokens are a few hundred frequent words, and the set
    // (tens of thousands of entries) costs cache misses on its buckets and entries that this small table avoids.
    [ThreadStatic]
    private static string?[]? t_recent;

    /// <summary>The shared string with the text of <paramref name="text"/>.</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return new string(text);
        }

        var recent = t_recent ??= new string?[RecentSlots];
        ref var slot = ref recent[Slot(text)];
        if (slot is { } seen && seen.AsSpan().SequenceEqual(text))
        {
            return seen;
        }

        slot = Shared(text);
        return slot;
    }

    private static string Shared(ReadOnlySpan<char> text)
    {
        var strings = t_strings ??= new HashSet<string>(StringComparer.Ordinal);
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var existing))
        {
            return existing;
        }

        if (strings.Count >= MaxEntries)
        {
            strings.Clear();
        }

        var made = new string(text);
        strings.Add(made);
        return made;
    }

    /// <summary>A slot from the length and the first two and last characters: cheap, and enough to spread frequent words.</summary>
    private static int Slot(ReadOnlySpan<char> text)
    {
        var h = (uint)text.Length * 0x9E3779B1U;
        if (text.Length > 0)
        {
            h ^= (text[0] * 0x85EBCA6BU) ^ (text[^1] * 0xC2B2AE35U) ^ (text.Length > 1 ? text[1] * 0x27D4EB2FU : 0U);
            h *= 0x9E3779B1U;
        }

        return (int)(h >> (32 - 12)) & (RecentSlots - 1);
    }

    /// <summary>The shared string of <paramref name="word"/> in lower case (invariant culture); the word itself if it has no upper case.</summary>
    public static string Lower(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > MaxLength)
        {
            return word.ToLowerInvariant();
        }

        Span<char> lower = stackalloc char[MaxLength];
        var length = word.AsSpan().ToLowerInvariant(lower);
        return lower[..length].SequenceEqual(word) ? word : Of(lower[..length]);
    }
}
