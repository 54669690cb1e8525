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

    [ThreadStatic]
    private static HashSet<string>? t_strings;

    /// <summary>The shared string with the text of <paramref name="text"/>.</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return new string(text);
        }

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
