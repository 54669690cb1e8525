using AngleSharp.Dom;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Second pass, inside the chosen content only: removes boxes that are not article text although they
/// sit inside it (share bars, related-link lists, newsletter prompts, tiny labels, forms), judged by
/// class/id hints, link density and what they contain. Figures and captions are left for the block builder.
/// </summary>
internal static class ContentCleaner
{
    private const string ListOfLinks = "list of links";

    /// <param name="siteHost">The page's own site (see <see cref="BlockBuilder.SiteHost"/>): lists of links out of it are kept.</param>
    public static void Clean(IReadOnlyList<IElement> roots, PageMask mask, PageStats stats, PruneOptions options, string? siteHost)
    {
        var stack = new Stack<IElement>();
        foreach (var root in roots)
        {
            for (var child = root.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (mask.IsRemoved(element) || options.Keep.Contains(element))
            {
                continue;
            }

            var reason = ReasonToRemove(element, stats, options.Scoring);
            if (reason == ListOfLinks && LinksMostlyLeaveTheSite(element, siteHost))
            {
                reason = null;
            }

            if (reason is not null)
            {
                mask.Remove(element, reason);
                continue;
            }

            if (element.LocalName is "figure" or "figcaption" or "pre" or "table")
            {
                continue;
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }
    }

    private static string? ReasonToRemove(IElement element, PageStats stats, ContentScoring scoring)
    {
        var name = element.LocalName;
        if (name == "span" && IsLinkCard(element, stats[element]))
        {
            return "card of links inside the text";
        }

        if (name is "figure" or "figcaption" or "p" or "blockquote" or "pre" || HtmlTags.IsInline(name))
        {
            return null;
        }

        var hints = ClassHints.Of(element);
        if (ClassHints.IsCaption(hints))
        {
            return null;
        }

        var own = stats[element];
        var weight = ClassHints.Weight(hints);
        if (HtmlTags.Headings.Contains(name))
        {
            return weight < 0 || own.LinkDensity > 0.5 ? "heading of a page box" : null;
        }

        if (name is not ("div" or "section" or "ul" or "ol" or "dl" or "table" or "form" or "header" or "aside" or "span" or "article"))
        {
            return null;
        }

        if (weight < 0 && !(own.QuoteLength > 0 && own.QuoteLength >= own.TextLength * 0.8))
        {
            return "box named like page chrome (" + HtmlText.Truncate(hints, 60) + ")";
        }

        if (own.Commas >= 10)
        {
            return null;
        }

        var isList = name is "ul" or "ol" or "dl";
        var density = own.LinkDensity;
        if (own.Inputs > own.Paragraphs / 3)
        {
            return "form inside the content";
        }

        if (isList)
        {
            return density > (weight >= 25 ? scoring.ContentBoxLinkDensity : scoring.ListLinkDensity) ? ListOfLinks : null;
        }

        if (own.TextLength < 25 && own.Headings == 0 && own.TextLength > 0)
        {
            return "short label inside the content";
        }

        if (own.ListItems > own.Paragraphs && density > scoring.ListLinkDensity)
        {
            return ListOfLinks;
        }

        if (density > (weight >= 25 ? scoring.ContentBoxLinkDensity : scoring.BoxLinkDensity) && own.Paragraphs <= 1)
        {
            return "box of links";
        }

        return null;
    }

    /// <summary>
    /// A pop-up card inside a paragraph (a person's latest stories, say): several links and nothing else,
    /// wrapped rather than being a link itself (the linked name the card belongs to stays).
    /// </summary>
    private static bool IsLinkCard(IElement element, ElementStats stats) =>
        stats.Links >= 3 && stats.LinkDensity >= 0.9 && stats.TextLength > 60 && element.FirstElementChild is { LocalName: not "a" };

    /// <summary>
    /// Links to other sites (shops, sources, documents) are part of what the article says; links within the
    /// site are navigation, and share buttons ("share" in the address) are chrome wherever they point.
    /// </summary>
    private static bool LinksMostlyLeaveTheSite(IElement list, string? siteHost)
    {
        if (siteHost is null)
        {
            return false;
        }

        int outside = 0, total = 0;
        foreach (var link in list.QuerySelectorAll("a[href]"))
        {
            var length = link.TextContent.Length;
            total += length;
            var href = link.GetAttribute("href")?.Trim() ?? "";
            if (!href.Contains("share", StringComparison.OrdinalIgnoreCase)
                && Uri.TryCreate(href, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && BlockBuilder.SiteHost(uri.Host) != siteHost)
            {
                outside += length;
            }
        }

        return total > 0 && outside * 2 > total;
    }
}
