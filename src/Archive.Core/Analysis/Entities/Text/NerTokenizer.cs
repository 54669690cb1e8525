namespace Archive.Core.Analysis.Entities.Text;

/// <summary>
/// Splits plain text into tokens the way the CoNLL-2003 training data is tokenised: punctuation and
/// quotes apart, possessive <c>'s</c> apart ("Kerry's" → "Kerry", "'s"), hyphenated words and
/// abbreviations ("U.S.", "Mr.", "J.") whole. Curly quotes and apostrophes become straight ones.
/// </summary>
public static class NerTokenizer
{
    private static readonly System.Buffers.SearchValues<char> s_typographic = System.Buffers.SearchValues.Create("‘’“”‚„′–—");

    private static readonly HashSet<string> s_abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "corp", "ltd", "co", "gen", "col", "lt", "sgt",
        "capt", "maj", "adm", "rev", "gov", "sen", "rep", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "approx", "dept", "est", "univ",
    };

    public static IReadOnlyList<TextToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TextToken>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            SplitChunk(text, start, i - start, tokens);
        }

        return tokens;
    }

    private static void SplitChunk(string text, int start, int length, List<TextToken> tokens)
    {
        var end = start + length;

        // Opening punctuation.
        while (start < end && IsOpening(text[start]) && end - start > 1)
        {
            tokens.Add(Make(text, start, 1));
            start++;
        }

        // Closing punctuation, found from the end and appended as found; put after the word below.
        var trailingStart = tokens.Count;
        while (end - start > 1)
        {
            var c = text[end - 1];
            if (c == '.' && KeepsPeriod(text.AsSpan(start, end - start)))
            {
                break;
            }

            if (c == '.' && end - start >= 3 && text[end - 2] == '.' && text[end - 3] == '.')
            {
                tokens.Add(Make(text, end - 3, 3));
                end -= 3;
                continue;
            }

            if (!IsClosing(c))
            {
                break;
            }

            tokens.Add(Make(text, end - 1, 1));
            end--;
        }

        var trailingCount = tokens.Count - trailingStart;

        // Possessives and the negative clitic.
        var word = text.AsSpan(start, end - start);
        if (word.Length > 2 && (word[^1] is 's' or 'S') && IsApostrophe(word[^2]) && char.IsLetter(word[^3]))
        {
            AddWord(text, start, end - 2, tokens);
            tokens.Add(Make(text, end - 2, 2));
        }
        else if (word.Length > 3 && word[^1] is 't' or 'T' && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)))
        {
            AddWord(text, start, end - 3, tokens);
            tokens.Add(Make(text, end - 3, 3));
        }
        else if (word.Length > 2 && IsApostrophe(word[^1]) && (word[^2] is 's' or 'S'))
        {
            AddWord(text, start, end - 1, tokens);
            tokens.Add(Make(text, end - 1, 1));
        }
        else
        {
            AddWord(text, start, end, tokens);
        }

        // [closing reversed..., word...] → reversed [word reversed..., closing...] → then the word parts turned back.
        if (trailingCount > 0)
        {
            var chunk = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens)[trailingStart..];
            var wordCount = chunk.Length - trailingCount;
            chunk.Reverse();
            chunk[..wordCount].Reverse();
        }
    }

    private static void AddWord(string text, int start, int end, List<TextToken> tokens)
    {
        if (end > start)
        {
            tokens.Add(Make(text, start, end - start));
        }
    }

    private static bool KeepsPeriod(ReadOnlySpan<char> word)
    {
        var stem = word[..^1];
        if (stem.Length == 0)
        {
            return false;
        }

        if (stem.Length == 1 && char.IsLetter(stem[0]))
        {
            return true; // an initial: "J."
        }

        if (stem.Contains('.') && !stem.EndsWith("."))
        {
            return true; // "U.S."
        }

        return s_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(stem);
    }

    private static TextToken Make(string text, int start, int length) =>
        new(Normalise(text.AsSpan(start, length)), start, length);

    private static string Normalise(ReadOnlySpan<char> token)
    {
        if (token.IndexOfAny(s_typographic) < 0)
        {
            return TokenStrings.Of(token);
        }

        var normalised = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
        for (var i = 0; i < token.Length; i++)
        {
            normalised[i] = token[i] switch
            {
                '‘' or '’' or '‚' or '′' => '\'',
                '“' or '”' or '„' => '"',
                '–' or '—' => '-',
                var c => c,
            };
        }

        return TokenStrings.Of(normalised);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '′';

    private static bool IsOpening(char c) => c is '"' or '\'' or '(' or '[' or '{' or '“' or '‘' or '«';

    private static bool IsClosing(char c) =>
        c is '"' or '\'' or ')' or ']' or '}' or '.' or ',' or ';' or ':' or '!' or '?' or '”' or '’' or '»';
}
