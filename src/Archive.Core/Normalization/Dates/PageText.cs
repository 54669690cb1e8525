using System.Text;
using AngleSharp.Dom;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// The visible text of a page as lines (one per block element), without scripts, styles, navigation,
/// footers, sidebars and related rails: what the text scanner ranks when no markup states a date.
/// </summary>
internal static class PageText
{
    private const int MaxChars = 300_000;

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "select", "option", "nav", "head", "button",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "header", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
        "table", "blockquote", "figure", "figcaption", "dd", "dt", "dl", "time", "address", "pre", "hr",
    };

    public static string Of(IElement root) => Of(root, dropFurniture: true);

    /// <summary>The visible text; with <paramref name="dropFurniture"/> false, sidebars and rails are kept too.</summary>
    public static string Of(IElement root, bool dropFurniture)
    {
        var builder = new StringBuilder();
        Append(root, builder, 0, dropFurniture);
        return builder.ToString();
    }

    private static void Append(INode node, StringBuilder builder, int depth, bool dropFurniture)
    {
        if (builder.Length > MaxChars || depth > 200)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data.Replace('\n', ' ').Replace('\r', ' '));
                    break;
                case IElement element:
                    if (Skipped.Contains(element.LocalName) || (element.LocalName == "aside" && !PageRegions.IsArticleMetadata(element))
                        || (dropFurniture && (PageRegions.LooksLikeFurniture(element) || (element.LocalName == "footer" && !PageRegions.InsideArticle(element)))))
                    {
                        continue;
                    }

                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        builder.Append('\n');
                    }

                    Append(element, builder, depth + 1, dropFurniture);
                    if (block)
                    {
                        builder.Append('\n');
                    }

                    break;
            }
        }
    }
}
