using AngleSharp.Dom;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Text length, link length, commas and element counts for every element under a root, computed in one
/// iterative post-order pass (linear in the page, no recursion) and skipping removed subtrees.
/// </summary>
internal sealed class PageStats
{
    private static readonly ElementStats Empty = new();
    private readonly Dictionary<IElement, ElementStats> _stats;

    private PageStats(Dictionary<IElement, ElementStats> stats) => _stats = stats;

    public ElementStats this[IElement element] => _stats.TryGetValue(element, out var stats) ? stats : Empty;

    public static PageStats Compute(IElement root, IReadOnlySet<IElement> removed)
    {
        var stats = new Dictionary<IElement, ElementStats>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(INode Node, bool Exit)>();
        var open = new Stack<ElementStats>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                if (exit)
                {
                    var own = open.Pop();
                    if (element.LocalName == "a")
                    {
                        own.LinkLength = own.TextLength;
                    }
                    else if (element.LocalName == "blockquote")
                    {
                        own.QuoteLength = own.TextLength;
                    }

                    stats[element] = own;
                    if (open.Count > 0)
                    {
                        AddTo(open.Peek(), own, element.LocalName);
                    }

                    continue;
                }

                if (removed.Contains(element))
                {
                    continue;
                }

                open.Push(new ElementStats());
                stack.Push((element, true));
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    if (child is IElement || child.NodeType == NodeType.Text)
                    {
                        stack.Push((child, false));
                    }
                }
            }
            else if (open.Count > 0)
            {
                var text = node.TextContent;
                var length = HtmlText.VisibleLength(text);
                if (length > 0)
                {
                    var commas = HtmlText.CountCommas(text);
                    var parent = open.Peek();
                    parent.TextLength += length;
                    parent.DirectTextLength += length;
                    parent.Commas += commas;
                    parent.DirectCommas += commas;
                }
            }
        }

        return new PageStats(stats);
    }

    private static void AddTo(ElementStats parent, ElementStats child, string name)
    {
        parent.TextLength += child.TextLength;
        parent.LinkLength += child.LinkLength;
        parent.Commas += child.Commas;
        parent.Paragraphs += child.Paragraphs;
        parent.ListItems += child.ListItems;
        parent.Images += child.Images;
        parent.Inputs += child.Inputs;
        parent.Headings += child.Headings;
        parent.Links += child.Links;
        parent.QuoteLength += child.QuoteLength;
        switch (name)
        {
            case "p":
                parent.Paragraphs++;
                break;
            case "li":
                parent.ListItems++;
                break;
            case "a":
                parent.Links++;
                break;
            case "img":
            case "picture":
                parent.Images++;
                break;
            case "input":
            case "select":
            case "textarea":
                parent.Inputs++;
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                parent.Headings++;
                break;
        }

        if (!HtmlTags.IsInline(name) && name != "br")
        {
            parent.HasBlockChild = true;
        }
    }
}
