using System.Text;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Keeps pathological nesting away from the parser: AngleSharp's tree builder checks the stack of open
/// elements for every tag, so a page nested tens of thousands deep parses in quadratic time. A linear
/// scan estimates the depth; only past <see cref="MaxDepth"/> is the markup rewritten, dropping the tags
/// that would nest deeper (their text stays), much as browsers cap the depth of the tree they build.
/// </summary>
internal static class NestingGuard
{
    public const int MaxDepth = 1000;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead", "tfoot", "!doctype",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNestingLookup = NotNesting.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsTooDeep(string html) => Rewrite(html, write: false) is null;

    /// <summary>The markup with tags beyond <see cref="MaxDepth"/> removed.</summary>
    public static string Flatten(string html) => Rewrite(html, write: true) ?? html;

    /// <summary>When <paramref name="write"/> is false, returns null if the page is too deep and "" otherwise.</summary>
    private static string? Rewrite(string html, bool write)
    {
        var output = write ? new StringBuilder(html.Length) : null;
        var depth = 0;
        var overflow = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                output?.Append(html, i, html.Length - i);
                break;
            }

            output?.Append(html, i, lt - i);
            var closing = html[lt + 1] == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                output?.Append('<');
                i = lt + 1;
                continue;
            }

            var gt = html.IndexOf('>', nameStart);
            if (gt < 0)
            {
                output?.Append(html, lt, html.Length - lt);
                break;
            }

            var nameEnd = nameStart;
            while (nameEnd < gt && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var selfClosing = html[gt - 1] == '/';
            var keep = true;
            if (!NotNestingLookup.Contains(name) && !selfClosing)
            {
                if (closing)
                {
                    if (overflow > 0)
                    {
                        overflow--;
                        keep = false;
                    }
                    else if (depth > 0)
                    {
                        depth--;
                    }
                }
                else if (depth >= MaxDepth)
                {
                    if (!write)
                    {
                        return null;
                    }

                    overflow++;
                    keep = false;
                }
                else
                {
                    depth++;
                }
            }

            if (keep)
            {
                output?.Append(html, lt, gt - lt + 1);
            }
            else
            {
                output?.Append(' ');
            }

            i = gt + 1;
        }

        return output?.ToString() ?? "";
    }
}
