using System.Text;

namespace Archive.Core.Text;

/// <summary>
/// Removes what no page may carry: C0/C1 control characters (tabs become spaces), lone surrogates and
/// the non-characters U+FFFE/U+FFFF. HTML forbids them and XML cannot hold them; they never carry meaning.
/// </summary>
public static class TextCleaner
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            clean = !Unwanted(text, i, out var pair);
            i += pair ? 1 : 0;
        }

        if (clean)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (Unwanted(text, i, out var pair))
            {
                if (text[i] == '\t')
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(text[i]);
            if (pair)
            {
                builder.Append(text[++i]);
            }
        }

        return builder.ToString();
    }

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    private static bool Unwanted(string text, int i, out bool pair)
    {
        pair = false;
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            pair = i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            return !pair;
        }

        return char.IsLowSurrogate(c)
            || (c < 0x20 && c != '\n')
            || (c >= 0x7F && c <= 0x9F)
            || c is '\uFFFE' or '\uFFFF';
    }
}
