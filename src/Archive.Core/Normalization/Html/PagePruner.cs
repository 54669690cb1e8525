using AngleSharp.Dom;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// First pass over the page: marks what can never be article text (scripts, styles, forms, hidden
/// elements, navigation, chrome named by class or role, a source's drop selectors) as removed.
/// Elements matched by a source's keep selectors are protected from everything but scripts and styles.
/// </summary>
internal static class PagePruner
{
    public static PageMask Prune(IElement root, PageStats rawStats, PruneOptions options)
    {
        var mask = new PageMask();
        var pageText = Math.Max(1, rawStats[root].TextLength);
        var stack = new Stack<(IElement Element, bool Protected, bool InTable)>();
        stack.Push((root, false, false));
        while (stack.Count > 0)
        {
            var (element, isProtected, inTable) = stack.Pop();
            var name = element.LocalName;
            isProtected |= options.Keep.Contains(element);
            var reason = element == root ? null : ReasonToRemove(element, name, isProtected, inTable, rawStats, pageText, options);
            if (reason is not null)
            {
                mask.Remove(element, reason);
                continue;
            }

            inTable |= name is "table" or "code" or "pre";
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push((child, isProtected, inTable));
            }
        }

        return mask;
    }

    private static string? ReasonToRemove(IElement element, string name, bool isProtected, bool inTable, PageStats rawStats, int pageText, PruneOptions options)
    {
        var stats = rawStats[element];
        var large = stats.TextLength > pageText / 2;
        if (HtmlTags.Junk.Contains(name) && !(large && CanSwallowThePage(name)))
        {
            return "not text (" + name + ")";
        }

        if (isProtected)
        {
            return null;
        }

        if (options.Drop.Contains(element))
        {
            return "source rule (drop selector)";
        }

        if (IsHidden(element) && !large)
        {
            return "hidden";
        }

        if (HtmlTags.Chrome.Contains(name) && !large)
        {
            return "page chrome (" + name + ")";
        }

        if (name is "form" or "fieldset" && stats.TextLength < 500)
        {
            return "form";
        }

        if (ClassHints.IsChromeRole(element.GetAttribute("role")) && !large)
        {
            return "page chrome (role)";
        }

        if (!options.StripUnlikely || name is "body" or "a" or "article" or "main" || inTable)
        {
            return null;
        }

        var hints = ClassHints.Of(element);
        if (hints.Length == 0 || IsEmbeddedQuote(stats) || element.GetAttribute("itemprop")?.Contains("articleBody", StringComparison.OrdinalIgnoreCase) == true)
        {
            return null;
        }

        if (ClassHints.IsCertainChrome(hints) && stats.TextLength < pageText * 0.6)
        {
            return "page chrome (" + HtmlText.Truncate(hints, 60) + ")";
        }

        if (ClassHints.IsUnlikely(hints) && !large)
        {
            return "unlikely content (" + HtmlText.Truncate(hints, 60) + ")";
        }

        return null;
    }

    /// <summary>
    /// Whether an element that is never text by its name (a form control, a media element) can still hold the page: when
    /// it holds most of the page's text, markup left open (a <c>select</c> never closed) made the parser put the rest of
    /// the page inside it, which a browser shows as the page, so it is read as a plain container. Scripts, styles and the
    /// head hold no page text whatever their size.
    /// </summary>
    private static bool CanSwallowThePage(string name) =>
        name is not ("script" or "style" or "noscript" or "template" or "head" or "title" or "svg" or "math");

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null)
        {
            var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            if (compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An embedded post or quote (a tweet, a pull quote): its wrapper's class names a social box, but it is content.</summary>
    private static bool IsEmbeddedQuote(ElementStats stats) => stats.QuoteLength > 0 && stats.QuoteLength >= stats.TextLength * 0.8;
}
