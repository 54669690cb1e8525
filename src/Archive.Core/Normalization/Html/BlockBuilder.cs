using System.Text;
using AngleSharp.Dom;
using Archive.Core.Model;
using Archive.Core.Text;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Turns the chosen content into plain-text blocks: paragraphs, headings (h2–h6), quotes (blockquote),
/// list items (with the ordered flag) and, kept apart, figure captions and the figures themselves (placed among the
/// blocks once the text is filtered, so images never change what the text filter sees). Walks iteratively; inline
/// markup is flattened, a double line break splits a paragraph, whitespace is normalised.
/// </summary>
internal sealed class BlockBuilder
{
    private readonly PageMask _mask;
    private readonly ExtractionReport _report;
    private readonly List<Block> _blocks = [];
    private readonly List<string> _captions = [];
    private readonly List<PlacedFigure> _figures = [];
    private readonly StringBuilder _buffer = new();
    private readonly Stack<(BlockKind Kind, bool Ordered)> _kinds = new();
    private readonly List<double> _linkShares = [];
    private int _quoteDepth;
    private readonly Stack<bool> _openLinks = new();
    private readonly string? _siteHost;
    private int _linkDepth;
    private int _linkChars;
    private int _line;

    private BlockBuilder(PageMask mask, ExtractionReport report, string? siteHost)
    {
        _mask = mask;
        _report = report;
        _siteHost = siteHost;
    }

    /// <summary>
    /// Blocks, the share of each block's text that links elsewhere on the same site (parallel to the blocks:
    /// related stories and navigation; links to other sites are sources, products, posts) and captions.
    /// <paramref name="siteHost"/> is the page's own host when known; without it every link counts as the site's own.
    /// </summary>
    public static (List<Block> Blocks, List<double> LinkShares, List<string> Captions, List<PlacedFigure> Figures) Build(IReadOnlyList<IElement> roots, PageMask mask, ExtractionReport report, string? siteHost)
    {
        var builder = new BlockBuilder(mask, report, siteHost);
        foreach (var root in roots)
        {
            builder.Walk(root);
        }

        return (builder._blocks, builder._linkShares, builder._captions, builder._figures);
    }

    private void Walk(IElement root)
    {
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is not IElement element)
            {
                if (_buffer.Length == 0 && node.ParentElement is { } parent)
                {
                    _line = ExtractionReport.LineOf(parent);
                }

                var text = node.TextContent;
                _buffer.Append(text);
                if (_linkDepth > 0)
                {
                    _linkChars += HtmlText.VisibleLength(text);
                }

                continue;
            }

            if (exit)
            {
                Leave(element);
                continue;
            }

            if (_mask.IsRemoved(element) || !Enter(element))
            {
                continue;
            }

            stack.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                if (child is IElement || child.NodeType == NodeType.Text)
                {
                    stack.Push((child, false));
                }
            }
        }

        Flush();
    }

    /// <summary>Handles an element's start; false when its subtree is consumed here (captions, headline, images).</summary>
    private bool Enter(IElement element)
    {
        var name = element.LocalName;
        switch (name)
        {
            case "br":
                _buffer.Append('\n');
                return false;
            case "img" or "picture":
                // Not flushed: an image inside a paragraph does not split its text; it goes before the paragraph.
                AddFigure(element, null);
                return false;
            case "hr":
                Flush();
                return false;
            case "figure":
                Flush();
                AddFigure(element, AddCaptions(element));
                return false;
            case "figcaption":
                Flush();
                AddCaption(element);
                return false;
            case "h1":
                Flush();
                _report.Drop(element, "headline");
                return false;
            case "td" or "th":
                _buffer.Append(CellBreak);
                return true;
        }

        var hints = ClassHints.Of(element);
        if (ClassHints.IsCaption(hints) && element.TextContent.Length < 600)
        {
            Flush();
            AddCaption(element);
            return false;
        }

        if (name == "a")
        {
            var sameSite = IsSameSiteLink(element.GetAttribute("href"));
            _openLinks.Push(sameSite);
            if (sameSite)
            {
                _linkDepth++;
            }
        }

        if (HtmlTags.IsInline(name))
        {
            return true;
        }

        Flush();
        switch (name)
        {
            case "h2" or "h3" or "h4" or "h5" or "h6":
                _kinds.Push((BlockKind.Heading, false));
                break;
            case "li":
                _kinds.Push((BlockKind.ListItem, element.ParentElement?.LocalName == "ol"));
                break;
            case "blockquote":
                _quoteDepth++;
                break;
        }

        return true;
    }

    private void Leave(IElement element)
    {
        var name = element.LocalName;
        if (name is "td" or "th")
        {
            _buffer.Append(CellBreak);
            return;
        }

        if (name == "a" && _openLinks.TryPop(out var sameSite) && sameSite)
        {
            _linkDepth--;
        }

        if (HtmlTags.IsInline(name))
        {
            return;
        }

        Flush();
        switch (name)
        {
            case "h2" or "h3" or "h4" or "h5" or "h6" or "li":
                _kinds.TryPop(out _);
                break;
            case "blockquote":
                _quoteDepth--;
                break;
        }
    }

    /// <summary>Where a table cell begins or ends in the buffer: a control character, which no page text keeps.</summary>
    private const char CellBreak = '\u001F';

    private void Flush()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        var text = _buffer.ToString();
        var linkChars = _linkChars;
        _buffer.Clear();
        _linkChars = 0;
        var linkShare = Math.Min(1.0, (double)linkChars / Math.Max(1, HtmlText.VisibleLength(text.Trim())));
        (BlockKind Kind, bool Ordered) kind = _kinds.Count > 0 ? _kinds.Peek() : (_quoteDepth > 0 ? BlockKind.Quote : BlockKind.Paragraph, false);
        foreach (var part in SplitOnBlankLines(text))
        {
            var (normalized, cells) = TableCells.Join(part.Split(CellBreak).Select(Whitespace.CollapseVisible));
            if (HasWordCharacter(normalized))
            {
                _blocks.Add(new Block(kind.Kind, normalized, _line, kind.Ordered) { Cells = cells });
                _linkShares.Add(linkShare);
            }
        }
    }

    /// <summary>Splits where two line breaks meet with only whitespace between (a &lt;br&gt;&lt;br&gt; paragraph break).</summary>
    private static List<string> SplitOnBlankLines(string text)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n')
            {
                continue;
            }

            var j = i + 1;
            while (j < text.Length && text[j] != '\n' && char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            if (j < text.Length && text[j] == '\n')
            {
                parts.Add(text[start..i]);
                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }

                start = j;
                i = j - 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    private bool IsSameSiteLink(string? href)
    {
        if (_siteHost is null || string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri))
        {
            return true;
        }

        return (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || SiteHost(uri.Host) == _siteHost;
    }

    /// <summary>
    /// The registrable part of a host, lower case ("video.example.co.uk" → "example.co.uk"), approximated
    /// without a public-suffix list: two labels, or three when the last two look like "co.uk" or "com.br".
    /// </summary>
    public static string SiteHost(string host)
    {
        var labels = host.ToLowerInvariant().TrimEnd('.').Split('.');
        if (labels.Length <= 2)
        {
            return string.Join('.', labels);
        }

        var take = labels[^1].Length == 2 && labels[^2].Length <= 3 ? 3 : 2;
        return string.Join('.', labels[^take..]);
    }

    private static bool HasWordCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private void AddFigure(IElement element, string? caption)
    {
        if (FigureReader.Read(element, caption) is { } figure)
        {
            _figures.Add(new PlacedFigure(_blocks.Count, Block.Of(figure, ExtractionReport.LineOf(element))));
        }
    }

    /// <summary>Adds the figure's captions to the captions; returns the first, the figure's own.</summary>
    private string? AddCaptions(IElement figure)
    {
        string? first = null;
        foreach (var caption in figure.QuerySelectorAll("figcaption"))
        {
            first ??= AddCaption(caption);
        }

        if (first is null)
        {
            foreach (var caption in figure.QuerySelectorAll("[class*='caption']"))
            {
                first = AddCaption(caption);
                break;
            }
        }

        return first;
    }

    private string? AddCaption(IElement element)
    {
        var text = Whitespace.CollapseVisible(element.TextContent);
        if (!HasWordCharacter(text))
        {
            return null;
        }

        if (!_captions.Contains(text, StringComparer.Ordinal))
        {
            _captions.Add(text);
        }

        return text;
    }
}
