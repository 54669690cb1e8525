using System.Text;
using Archive.Core.Text;

namespace Archive.Core.Normalization.Html;

/// <summary>Small text measures shared by the HTML reader's parts (white space itself: <see cref="Whitespace"/>).</summary>
internal static class HtmlText
{
    /// <summary>Counts the visible characters of a text node: whitespace runs count as one.</summary>
    public static int VisibleLength(string text)
    {
        var length = 0;
        var inSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    length++;
                    inSpace = true;
                }
            }
            else if (!Whitespace.IsInvisible(c))
            {
                length++;
                inSpace = false;
            }
        }

        return length;
    }

    public static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '\uFF0C' or '\u3001' or '\u060C')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A key for comparing two texts loosely: letters and digits only, lower case.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    public static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");
}
