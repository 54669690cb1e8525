namespace Archive.Core.Normalization.Text;

/// <summary>
/// Shape of one line: word and function-word counts, capitalisation, words glued across page elements
/// ("Mukesh SinghNo remorse"), terminal punctuation, list and quote marks. Computed in one scan, no allocation.
/// </summary>
internal readonly record struct LineFeatures(
    int Words,
    int StopWords,
    int CapitalisedWords,
    int UpperCaseWords,
    int GluedJoins,
    int CjkChars,
    bool EndsTerminal,
    bool EndsWithQuote,
    bool StartsWithQuote,
    bool ListMark,
    bool OrderedMark,
    bool HasUrl,
    bool TableRow,
    int TruncatedTeasers)
{
    /// <summary>Words, counting two CJK characters as one word (those scripts have no spaces).</summary>
    public int EffectiveWords => Words + (CjkChars / 2);

    public double StopWordDensity => Words == 0 ? 0 : (double)StopWords / Words;

    public double CapitalisedRatio => Words == 0 ? 0 : (double)CapitalisedWords / Words;

    public static LineFeatures Of(ReadOnlySpan<char> line)
    {
        int words = 0, stop = 0, capitalised = 0, upperWords = 0, glued = 0, cjk = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            if (CountedByCharacter(c))
            {
                cjk++;
                i++;
                continue;
            }

            // One word: letters and digits, with inner apostrophes and hyphens.
            var start = i;
            var letters = 0;
            var lowerRun = 0;
            var allUpper = true;
            var runStart = i;
            while (i < line.Length)
            {
                c = line[i];
                if (char.IsLetter(c))
                {
                    if (char.IsUpper(c))
                    {
                        // "SinghNo": a lower-case letter then an upper-case one that begins a lower-case run.
                        if (lowerRun > 0 && i - start >= 3 && i + 1 < line.Length && char.IsLower(line[i + 1]))
                        {
                            glued++;
                            runStart = i;
                        }

                        lowerRun = 0;
                    }
                    else
                    {
                        allUpper = false;
                        lowerRun++;
                    }

                    letters++;
                    i++;
                }
                else if (char.IsDigit(c) || Archive.Core.Text.Words.IsCombiningMark(c))
                {
                    // A vowel sign or a point continues its word (see Words).
                    i++;
                }
                else if ((c is '\'' or '’' or '-') && i + 1 < line.Length && char.IsLetterOrDigit(line[i + 1]) && i > start)
                {
                    lowerRun = 0;
                    i++;
                }
                else
                {
                    break;
                }
            }

            words++;
            var word = line[start..i];
            if (letters > 0)
            {
                if (char.IsUpper(word[0]))
                {
                    capitalised++;
                }

                if (allUpper && letters > 1)
                {
                    upperWords++;
                }

                if (runStart == start && Text.StopWords.Contains(word))
                {
                    stop++;
                }
            }
        }

        var last = LastSignificant(line);
        var first = line.Length > 0 ? line[0] : ' ';
        return new LineFeatures(
            words,
            stop,
            capitalised,
            upperWords,
            glued,
            cjk,
            EndsTerminal: Archive.Core.Text.SentenceMarks.IsStop(last) || last is '…' or ':' or ';',
            EndsWithQuote: line.Length > 0 && IsQuote(line[^1]),
            StartsWithQuote: IsQuote(first),
            ListMark: IsBullet(line),
            OrderedMark: IsNumbered(line),
            HasUrl: line.Contains("http", StringComparison.Ordinal) || line.Contains("www.", StringComparison.Ordinal),
            TableRow: line.Count('\t') >= 2,
            TruncatedTeasers: CountTruncations(line));
    }

    /// <summary>"... may soon... Indian-origin man": teasers cut short and run together, as in a news ticker.</summary>
    private static int CountTruncations(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var i = line.IndexOfAny('.', '…'); i >= 0 && i < line.Length - 2; )
        {
            var end = line[i] == '…' ? i + 1 : line[i..].StartsWith("...") ? i + 3 : -1;
            if (end > 0 && end + 1 < line.Length && line[end] == ' ' && char.IsUpper(line[end + 1]))
            {
                count++;
            }

            var next = line[(i + 1)..].IndexOfAny('.', '…');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return count;
    }

    private static char LastSignificant(ReadOnlySpan<char> line)
    {
        for (var i = line.Length - 1; i >= 0; i--)
        {
            var c = line[i];
            if (!IsQuote(c) && c is not ')' and not ']' and not '*')
            {
                return c;
            }
        }

        return ' ';
    }

    internal static bool IsQuote(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '‚' or '‹' or '›' or '「' or '」';

    /// <summary>
    /// Letters counted one by one (see <see cref="EffectiveWords"/>): the scripts written without spaces between words,
    /// and Hangul syllables, each of which packs a word's letters into one character.
    /// </summary>
    private static bool CountedByCharacter(char c) => Archive.Core.Text.Words.IsWrittenWithoutSpaces(c) || c is >= '\uac00' and <= '\ud7af';

    private static bool IsBullet(ReadOnlySpan<char> line) =>
        line.Length > 2 && line[0] is '•' or '·' or '▪' or '●' or '◦' or '-' or '*' or '–' or '—' or '►' or '■'
        && line[1] == ' ' || IsNumbered(line);

    private static bool IsNumbered(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && i < 3 && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        return i > 0 && i + 1 < line.Length && line[i] is ')' or '.' && line[i + 1] == ' ';
    }
}
