namespace Archive.Core.Text;

/// <summary>Word counts as the readers measure text: a word is a run of letters or digits, whatever separates it.</summary>
public static class Words
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
