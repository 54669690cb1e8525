using System.Globalization;
using System.Text;

namespace Archive.Core.Text;

/// <summary>
/// Removes what no page may carry: C0/C1 control characters (tabs become spaces), lone surrogates and
/// the non-characters U+FFFE/U+FFFF. HTML forbids them and XML cannot hold them; they never carry meaning.
/// <see cref="CleanLabel"/> also removes the invisible characters that can disguise a short name.
/// </summary>
public static class TextCleaner
{
    /// <summary>
    /// The text without soft hyphens (U+00AD): invisible where no line breaks at them, they sit inside the words of a
    /// text copied from a hyphenated page, and read as they are they split every such word in two. The same instance
    /// when there is none.
    /// </summary>
    public static string WithoutSoftHyphens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\u00AD", "", StringComparison.Ordinal);
    }

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

    /// <summary>
    /// A short name shown on its own (a title, a tag, a source name, a byline): <see cref="Clean"/>, then without
    /// the invisible characters that can make it read otherwise than it is written. Bidi embeddings, overrides
    /// and isolates (U+202A–U+202E, U+2066–U+2069) can show a tag reversed or run it into the text beside it;
    /// zero-width spaces, word joiners, invisible operators, the BOM and soft hyphens (U+200B, U+2060–U+2064,
    /// U+FEFF, U+00AD, ...) make two names that look alike differ. A zero-width joiner or non-joiner (U+200D,
    /// U+200C) stays between two non-ASCII letters, marks or symbols, where emoji sequences (man ZWJ woman
    /// ZWJ girl), Persian and Indic scripts need it, and goes anywhere else (between Latin letters it only
    /// steers ligatures). The bidi marks U+200E, U+200F and U+061C stay: they place neutral characters such as
    /// punctuation in right-to-left text and cannot reorder letters. A name left with nothing visible is
    /// empty, so that it is treated as missing.
    /// </summary>
    public static string CleanLabel(string text)
    {
        var cleaned = Clean(text);
        var i = 0;
        while (i < cleaned.Length && !Invisible(cleaned, i))
        {
            i++;
        }

        if (i < cleaned.Length)
        {
            var builder = new StringBuilder(cleaned.Length);
            builder.Append(cleaned, 0, i);
            for (; i < cleaned.Length; i++)
            {
                if (!Invisible(cleaned, i))
                {
                    builder.Append(cleaned[i]);
                }
            }

            cleaned = builder.ToString();
        }

        return HasVisible(cleaned) ? cleaned : "";
    }

    private static bool Invisible(string text, int i) => text[i] switch
    {
        '\u00AD' or '\u180E' or '\u200B' or '\uFEFF' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2060' and <= '\u2064' => true,
        >= '\u2066' and <= '\u206F' => true,
        >= '\uFFF9' and <= '\uFFFB' => true,
        '\u200C' or '\u200D' => !(i > 0 && i + 1 < text.Length && Joins(text[i - 1]) && Joins(text[i + 1])),
        _ => false,
    };

    /// <summary>A character a joiner may sit beside: a non-ASCII letter, mark or symbol, half of an emoji, or the emoji presentation selector.</summary>
    private static bool Joins(char c) =>
        c > 0x7F && (char.IsSurrogate(c) || char.GetUnicodeCategory(c) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
            UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or
            UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.OtherSymbol);

    /// <summary>False when the text is only white space, format characters (bidi marks, joiners) and Hangul fillers.</summary>
    private static bool HasVisible(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format && c is not ('\u115F' or '\u1160' or '\u3164' or '\uFFA0'))
            {
                return true;
            }
        }

        return false;
    }

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
