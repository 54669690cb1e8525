namespace Archive.Core.Normalization.Text;

/// <summary>Splits a capture into its non-blank lines (trimmed, with 1-based line numbers) without copying text.</summary>
internal static class LineSegmenter
{
    public static TextLine[] Split(string text)
    {
        var lines = new List<TextLine>(Math.Max(16, text.Length / 60));
        var number = 0;
        var blankBefore = true;
        var position = 0;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            number++;
            var start = position;
            var stop = end;
            while (start < stop && IsSpace(text[start]))
            {
                start++;
            }

            while (stop > start && IsSpace(text[stop - 1]))
            {
                stop--;
            }

            if (stop > start)
            {
                lines.Add(new TextLine(number, start, stop - start, blankBefore));
                blankBefore = false;
            }
            else
            {
                blankBefore = true;
            }

            position = end + 1;
        }

        return [.. lines];
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\u00a0' or '\u200b' or '\ufeff' or '\u2028' or '\u3000' || (c > 127 && char.IsWhiteSpace(c));
}
