using System.Text;

namespace Archive.Core.Text;

/// <summary>
/// White space as the archive compares and shows text: every run of white space (<see cref="char.IsWhiteSpace(char)"/>,
/// which includes the no-break space and the line and paragraph separators) becomes one plain space, none at either end.
/// The one home of that rule, so that a tag, a source name, a line of a dump and a text node of a page collapse alike.
/// </summary>
public static class Whitespace
{
    /// <summary>The text collapsed; the same instance when it already is, as most lines and names are.</summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsCollapsed(text) ? text : Build(text, dropInvisible: false);
    }

    /// <summary>A slice collapsed: a new string only when it is not already collapsed.</summary>
    public static string Collapse(ReadOnlySpan<char> text) => IsCollapsed(text) ? text.ToString() : Build(text, dropInvisible: false);

    /// <summary>
    /// <see cref="Collapse(string)"/> that also drops the characters that carry no text (<see cref="IsInvisible"/>):
    /// what a text node of an HTML page reads as.
    /// </summary>
    public static string CollapseVisible(string? text) => string.IsNullOrEmpty(text) ? "" : Build(text, dropInvisible: true);

    /// <summary>Zero-width characters, soft hyphens and control characters other than white space: they carry no text.</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' || char.IsControl(c);

    /// <summary>No white space at either end, and none but single plain spaces inside.</summary>
    public static bool IsCollapsed(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static string Build(ReadOnlySpan<char> text, bool dropInvisible)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (dropInvisible && IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
