namespace Archive.Core.Analysis.Entities.Gazetteers;

/// <summary>
/// Name lists the tagger uses as features: countries (countries-list, MIT), places over 15,000 inhabitants
/// and capitals (GeoNames, geonames.org, CC BY 4.0) and English first names (@stdlib, Apache-2.0).
/// Entries are matched case-insensitively, token by token (an entry is split on spaces).
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> s_default = new(() => FromLists(
        EmbeddedText.Lines("countries.txt"), EmbeddedText.Lines("places.txt"), EmbeddedText.Lines("first-names.txt")));

    // Joined candidates longer than this (never an entry in practice) are looked up as strings.
    private const int MaxJoined = 128;

    private readonly Dictionary<string, GazetteerKind> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _longestByFirstToken = new(StringComparer.Ordinal);

    public static Gazetteer Default => s_default.Value;

    public int Count => _entries.Count;

    public static Gazetteer FromLists(IEnumerable<string> countries, IEnumerable<string> places, IEnumerable<string> firstNames)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(firstNames);
        var gazetteer = new Gazetteer();
        gazetteer.AddAll(countries, GazetteerKind.Country);
        gazetteer.AddAll(places, GazetteerKind.Place);
        gazetteer.AddAll(firstNames.Where(n => !n.Contains(' ', StringComparison.Ordinal)), GazetteerKind.FirstName);
        return gazetteer;
    }

    /// <summary>What a whole name is ("sioux falls"), lower case with single spaces.</summary>
    public GazetteerKind Name(string lower) => _entries.GetValueOrDefault(lower);

    /// <summary>Whether a name, in any case, is a country or a place the gazetteer knows.</summary>
    public bool KnowsPlace(string name) => (Name(name.ToLowerInvariant()) & (GazetteerKind.Country | GazetteerKind.Place)) != 0;

    /// <summary>What a single token is on its own (case-insensitive).</summary>
    public GazetteerKind Word(string lower) => _entries.GetValueOrDefault(lower);

    /// <summary>
    /// Finds the longest entries (countries and places only) starting at capitalised tokens, left to right, and
    /// writes for each token the kind of the entry covering it and whether the token begins it (None when none does).
    /// </summary>
    public void MatchSpans(IReadOnlyList<string> lowerTokens, IReadOnlyList<bool> capitalised, Span<(GazetteerKind Kind, bool Begins)> result)
    {
        ArgumentNullException.ThrowIfNull(lowerTokens);
        ArgumentNullException.ThrowIfNull(capitalised);
        result[..lowerTokens.Count].Clear();
        var entries = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> joined = stackalloc char[MaxJoined];
        var i = 0;
        while (i < lowerTokens.Count)
        {
            var matched = 0;
            var kind = GazetteerKind.None;
            if (capitalised[i] && _longestByFirstToken.TryGetValue(lowerTokens[i], out var longest))
            {
                for (var n = Math.Min(longest, lowerTokens.Count - i); n >= 1 && matched == 0; n--)
                {
                    var key = Join(lowerTokens, i, n, joined);
                    var found = (key.IsEmpty ? _entries.GetValueOrDefault(string.Join(' ', lowerTokens.Skip(i).Take(n))) : entries.TryGetValue(key, out var k) ? k : GazetteerKind.None)
                        & (GazetteerKind.Country | GazetteerKind.Place);
                    if (found != GazetteerKind.None)
                    {
                        matched = n;
                        kind = found;
                    }
                }
            }

            if (matched == 0)
            {
                i++;
                continue;
            }

            for (var k = 0; k < matched; k++)
            {
                result[i + k] = (kind, k == 0);
            }

            i += matched;
        }
    }

    /// <summary>The tokens joined by spaces in <paramref name="buffer"/>, or empty when they do not fit.</summary>
    private static ReadOnlySpan<char> Join(IReadOnlyList<string> tokens, int start, int count, Span<char> buffer)
    {
        var length = 0;
        for (var k = 0; k < count; k++)
        {
            var token = tokens[start + k];
            if (length + token.Length + 1 > buffer.Length)
            {
                return [];
            }

            if (k > 0)
            {
                buffer[length++] = ' ';
            }

            token.CopyTo(buffer[length..]);
            length += token.Length;
        }

        return buffer[..length];
    }

    private void AddAll(IEnumerable<string> names, GazetteerKind kind)
    {
        foreach (var name in names)
        {
            if (name.Contains('(', StringComparison.Ordinal) || name.Contains(',', StringComparison.Ordinal))
            {
                continue;
            }

            var tokens = name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0 || tokens.Length > 6)
            {
                continue;
            }

            var key = string.Join(' ', tokens);
            _entries[key] = _entries.GetValueOrDefault(key) | kind;
            if (kind != GazetteerKind.FirstName)
            {
                _longestByFirstToken[tokens[0]] = Math.Max(_longestByFirstToken.GetValueOrDefault(tokens[0]), tokens.Length);
            }
        }
    }
}
