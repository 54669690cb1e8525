namespace Archive.Core.Text;

/// <summary>
/// Word counts as the readers measure text: a word is a run of letters or digits, whatever separates it. A combining
/// mark continues the word it follows: the vowel signs of Devanagari, Bengali, Tamil or Thai and the points of Arabic
/// and Hebrew are marks, not letters, and a word of those scripts is not several words.
/// </summary>
public static class Words
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c) || (inWord && IsCombiningMark(c));
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>A mark that combines with the character before it (Unicode categories Mn, Mc, Me).</summary>
    public static bool IsCombiningMark(char c) =>
        c >= '\u0300' && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c)
            is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark;
}
