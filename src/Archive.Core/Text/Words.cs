namespace Archive.Core.Text;

/// <summary>
/// Word counts as the readers measure text: a word is a run of letters or digits, whatever separates it. A combining
/// mark continues the word it follows: the vowel signs of Devanagari, Bengali or Tamil and the points of Arabic and
/// Hebrew are marks, not letters, and a word of those scripts is not several words. Not in the scripts written without
/// spaces (<see cref="IsWrittenWithoutSpaces"/>), where a run of letters is a phrase: there a mark still ends a run.
/// </summary>
public static class Words
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        var previous = ' ';
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c) || (inWord && IsCombiningMark(c) && !IsWrittenWithoutSpaces(previous));
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
            previous = c;
        }

        return count;
    }

    /// <summary>
    /// Letters of the scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, and Chinese and
    /// Japanese (Han, kana). Korean writes spaces.
    /// </summary>
    public static bool IsWrittenWithoutSpaces(char c) =>
        c is >= '\u0E00' and <= '\u0EFF' or >= '\u1000' and <= '\u109F' or >= '\u1780' and <= '\u17FF'
            or >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF';

    /// <summary>A mark that combines with the character before it (Unicode categories Mn, Mc, Me), in the Basic Multilingual Plane.</summary>
    public static bool IsCombiningMark(char c) =>
        c >= '\u0300' && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c)
            is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark;
}
