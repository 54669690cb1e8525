using System.Runtime.InteropServices;
using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Whether a capitalised mention is a phrase of the article's own language rather than a name, judged by how the same
/// article writes it: a name keeps its capitals wherever it stands, a common phrase is capitalised only in headings,
/// menus and at the start of a sentence ("Additional Terms" heading a section about "additional terms", "Government"
/// in a menu over a story that says "the government"). So a mention is common when the article writes its words in
/// lower case, in that order, more often than capitalised past a sentence's first word; and a person's name is common
/// when it has no known first name and the article writes every word of it in lower case elsewhere ("Swim Results").
/// A name all in capitals is common when a long word of it is also written in lower case (<see cref="IsShouted"/>).
/// Only the article is read: no list of words, nothing fitted ("more often" is the majority, not a threshold).
/// </summary>
internal sealed class CommonPhrases
{
    private readonly IReadOnlyList<string[]> _sentences;
    private readonly Gazetteer _gazetteer;
    private WordPositions? _positions;

    public CommonPhrases(IReadOnlyList<string[]> sentences, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(gazetteer);
        _sentences = sentences;
        _gazetteer = gazetteer;
    }

    public bool IsCommon(EntitySpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        var tokens = span.Tokens;
        if (tokens.Count == 0)
        {
            return false;
        }

        if (IsShouted(tokens))
        {
            return true;
        }

        if (tokens.Any(IsAcronymLike))
        {
            return false; // "UK", "BBC", "iPhone": capitals inside a word are a name's own spelling
        }

        var (lower, capitalised) = Occurrences(tokens);
        if (lower > capitalised)
        {
            return true;
        }

        return span.Kind == EntityKind.Person
            && !tokens.Any(t => (_gazetteer.Word(t.ToLowerInvariant()) & GazetteerKind.FirstName) != 0)
            && tokens.All(WrittenInLowerCase);
    }

    /// <summary>How often the article writes the tokens all in lower case, and as written (not opening a sentence).</summary>
    internal (int Lower, int Capitalised) Occurrences(IReadOnlyList<string> tokens)
    {
        int lower = 0, capitalised = 0;
        foreach (var (s, i) in Positions.Of(tokens[0]))
        {
            var sentence = _sentences[s];
            if (i + tokens.Count > sentence.Length || !Matches(sentence, i, tokens, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (AllLower(sentence, i, tokens.Count))
            {
                lower++;
            }
            else if (i > 0 && Matches(sentence, i, tokens, StringComparison.Ordinal))
            {
                capitalised++;
            }
        }

        return (lower, capitalised);
    }

    /// <summary>Where each word stands in the article (sentence, token), ignoring case; made once, on the first question.</summary>
    private WordPositions Positions => _positions ??= new WordPositions(_sentences);

    /// <summary>Whether the article writes <paramref name="word"/> in lower case somewhere.</summary>
    private bool WrittenInLowerCase(string word)
    {
        foreach (var (s, i) in Positions.Of(word))
        {
            if (_sentences[s][i] is { Length: > 0 } t && char.IsLower(t[0]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(string[] sentence, int at, IReadOnlyList<string> tokens, StringComparison comparison)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!string.Equals(sentence[at + k], tokens[k], comparison))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllLower(string[] sentence, int at, int count)
    {
        for (var k = 0; k < count; k++)
        {
            var token = sentence[at + k];
            if (token.Length == 0 || (char.IsLetter(token[0]) && !char.IsLower(token[0])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcronymLike(string token) => token.Skip(1).Any(char.IsUpper);

    /// <summary>
    /// A name in capitals with a word of four letters or more that the article also writes in lower case ("LIVE",
    /// "ARENA", "BREAKING NEWS"): a word set in capitals for emphasis, as a heading or a button, not an acronym, which is
    /// never written in lower case. Shorter words are left alone: "WHO", "AIM" and "US" are acronyms and words both.
    /// </summary>
    private bool IsShouted(IReadOnlyList<string> tokens) =>
        tokens.All(t => t.Any(char.IsLetter) && !t.Any(char.IsLower))
        && tokens.Any(t => t.Count(char.IsLetter) >= 4 && WrittenInLowerCase(t))
        && KnownNames.Find(string.Join(' ', tokens)) is null;

    /// <summary>
    /// Every word's positions, ignoring case, in reading order: one array for the whole article, each word's positions
    /// a slice of it (counted, then placed), instead of a list per word.
    /// </summary>
    private sealed class WordPositions
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
        private readonly int[] _starts;
        private readonly (int Sentence, int Token)[] _positions;

        public WordPositions(IReadOnlyList<string[]> sentences)
        {
            var total = 0;
            foreach (var sentence in sentences)
            {
                total += sentence.Length;
            }

            var idOfToken = new int[total];
            var counts = new List<int>();
            var at = 0;
            foreach (var sentence in sentences)
            {
                foreach (var token in sentence)
                {
                    ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, token, out var exists);
                    if (!exists)
                    {
                        id = counts.Count;
                        counts.Add(0);
                    }

                    counts[id]++;
                    idOfToken[at++] = id;
                }
            }

            _starts = new int[counts.Count + 1];
            for (var id = 0; id < counts.Count; id++)
            {
                _starts[id + 1] = _starts[id] + counts[id];
            }

            var next = _starts[..^1];
            _positions = new (int, int)[total];
            at = 0;
            for (var s = 0; s < sentences.Count; s++)
            {
                for (var i = 0; i < sentences[s].Length; i++)
                {
                    _positions[next[idOfToken[at++]]++] = (s, i);
                }
            }
        }

        public ReadOnlySpan<(int Sentence, int Token)> Of(string word) =>
            _ids.TryGetValue(word, out var id) ? _positions.AsSpan(_starts[id], _starts[id + 1] - _starts[id]) : default;
    }
}
