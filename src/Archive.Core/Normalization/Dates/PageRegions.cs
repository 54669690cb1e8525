using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Tells the article apart from the page furniture around it: navigation, site headers, footers,
/// sidebars, related-article rails, teasers and comments, whose dates belong to other pages or to the day of capture.
/// </summary>
internal static partial class PageRegions
{
    private static readonly ConditionalWeakTable<IElement, StrongBox<bool>> WrapperCache = [];

    private static readonly ConditionalWeakTable<IDocument, StrongBox<IElement?>> HeadlineCache = [];

    private const string ArticleMarkers = "h1, main, [itemprop='articleBody'], [itemprop='articlebody']";

    /// <summary>True when the element sits in navigation, footer, sidebar, related lists, comments or a site header.</summary>
    public static bool IsOutsideArticle(IElement element)
    {
        var inList = false;
        var depth = 0;
        for (var e = element; e is not null && depth < 40; e = e.ParentElement, depth++)
        {
            switch (e.LocalName)
            {
                case "nav":
                    return true;
                case "aside" when !IsArticleMetadata(e):
                    return true;
                case "blockquote" when e != element:
                    // Embedded posts (Instagram, X, Mastodon) carry their own dates.
                    return true;
                case "footer" when !InsideArticle(e) && !(e.TextContent.Length < 500 && HoldsStory(e.ParentElement)):
                    return true;
                case "header" when !InsideArticle(e) && e.QuerySelector("nav") is not null:
                    return true;
                case "article":
                    // A short article element named like a teaser is a card in a list, not the article.
                    return inList || (LooksLikeFurniture(e) && e.TextContent.Length < 1500);
                case "main" or "body":
                    return inList;
                case "li" when e != element && !LooksLikeByline(e) && !(e.ParentElement is { } list && LooksLikeByline(list)):
                    inList = true;
                    break;
            }

            if (LooksLikeFurniture(e))
            {
                return true;
            }
        }

        return inList;
    }

    /// <summary>True when the class or id names a byline, a date or the article's metadata line.</summary>
    public static bool LooksLikeByline(IElement element)
    {
        var names = Names(element);
        try
        {
            return names.Length > 0 && Byline().IsMatch(names);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>True when the class or id names a related rail, teaser, comment, sidebar or footer.</summary>
    public static bool LooksLikeFurniture(IElement element)
    {
        var names = Names(element);
        if (names.Length == 0)
        {
            return false;
        }

        try
        {
            // A wrapper that holds the headline is the article's own container, whatever its class says.
            return Furniture().IsMatch(names) && !Byline().IsMatch(names) && !IsWrapper(element) && !IsArticleFooter(element, names);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// An aside inside an article element that is the article's own metadata box (its class names a byline, date or meta
    /// line, or it is a few words long and not named as furniture), not a sidebar: <c>&lt;article&gt;&lt;aside class="meta"&gt;</c>.
    /// </summary>
    public static bool IsArticleMetadata(IElement aside)
    {
        if (EnclosingArticle(aside) is not { } article)
        {
            return false;
        }

        if (LooksLikeByline(aside))
        {
            return true;
        }

        var names = Names(aside);
        try
        {
            // Unnamed: only a short box before the article's text starts (a box after it is more often a related link);
            // a standfirst in the article's header is not yet its text.
            return (names.Length == 0 || !Furniture().IsMatch(names)) && aside.TextContent.Length < 400 && !TextStartsBefore(article, aside);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// An element named only as a footer (<c>class="footer"</c>) that closes the article itself, not the site: short, and
    /// inside an article element or a child of the story's container (<see cref="HoldsStory"/>).
    /// </summary>
    private static bool IsArticleFooter(IElement element, string names)
    {
        foreach (Match match in Furniture().Matches(names))
        {
            if (!match.Value.Contains("footer", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return element.TextContent.Length < 500 && (InsideArticleElement(element) || HoldsStory(element.ParentElement));
    }

    /// <summary>The container of one story: it holds the headline but no site navigation (not a whole-page wrapper).</summary>
    private static bool HoldsStory(IElement? element) => HoldsHeadline(element) && element!.QuerySelector("nav") is null;

    /// <summary>True when <paramref name="element"/> encloses the page's headline (<see cref="Headline"/>).</summary>
    private static bool HoldsHeadline(IElement? element) =>
        element is not null && element.LocalName != "body" && Headline(element.Owner) is { } headline && element.Contains(headline);

    /// <summary>
    /// The element that shows the page's headline: the first h1-h3 or <c>itemprop="headline"</c> whose text is the
    /// Open Graph title or the document title (or the title without the site name beside a separator); null when none is.
    /// </summary>
    internal static IElement? Headline(IDocument? document)
    {
        if (document is null)
        {
            return null;
        }

        lock (HeadlineCache)
        {
            if (HeadlineCache.TryGetValue(document, out var known))
            {
                return known.Value;
            }
        }

        IElement? found = null;
        var og = Collapse(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        var title = Collapse(document.Title);
        var seen = 0;
        foreach (var candidate in document.QuerySelectorAll("h1, h2, h3, [itemprop='headline']"))
        {
            if (++seen > 200)
            {
                break;
            }

            var text = candidate.TextContent;
            if (text.Length > 400 || candidate.LocalName is "meta" or "title")
            {
                continue;
            }

            text = Collapse(text);
            if (text.Length >= 8 && (text == og || text == title || IsTitlePart(title, text)))
            {
                found = candidate;
                break;
            }
        }

        lock (HeadlineCache)
        {
            HeadlineCache.AddOrUpdate(document, new StrongBox<IElement?>(found));
        }

        return found;
    }

    /// <summary>"Headline - Site", "Headline | Site", "Site: Headline": the title is the text and a site name after or before a separator.</summary>
    private static bool IsTitlePart(string title, string text)
    {
        if (title.Length <= text.Length)
        {
            return false;
        }

        if (title.StartsWith(text, StringComparison.Ordinal))
        {
            return IsSeparator(title.AsSpan(text.Length).TrimStart());
        }

        if (title.EndsWith(text, StringComparison.Ordinal))
        {
            var rest = title.AsSpan(0, title.Length - text.Length).TrimEnd();
            return rest.Length > 0 && IsSeparator(rest[^1..]);
        }

        return false;
    }

    private static bool IsSeparator(ReadOnlySpan<char> rest) => rest.Length > 0 && rest[0] is '-' or '|' or '–' or '—' or ':' or '·' or '»' or '«' or '/' or '•';

    private static string Collapse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>True when a paragraph of running text (150 characters or more) in the article comes before the element.</summary>
    private static bool TextStartsBefore(IElement article, IElement element)
    {
        var seen = 0;
        foreach (var paragraph in article.QuerySelectorAll("p"))
        {
            if (++seen > 200)
            {
                return true;
            }

            if (paragraph.TextContent.Length >= 150 && !InArticleHeader(article, paragraph))
            {
                return (paragraph.CompareDocumentPosition(element) & DocumentPositions.Following) != 0;
            }
        }

        return false;
    }

    /// <summary>A standfirst in the article's header (<c>&lt;article&gt;&lt;header&gt;&lt;p&gt;</c>) is not yet its text.</summary>
    private static bool InArticleHeader(IElement article, IElement paragraph)
    {
        for (var e = paragraph.ParentElement; e is not null && e != article; e = e.ParentElement)
        {
            if (e.LocalName == "header")
            {
                return true;
            }
        }

        return false;
    }

    private static IElement? EnclosingArticle(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == "article")
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>True when an article element (not main) encloses the element.</summary>
    private static bool InsideArticleElement(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == "article")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The element's class and id, space-separated.</summary>
    public static string Names(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        var names = (cls, id) switch
        {
            (null, null) => "",
            (_, null) => cls!,
            (null, _) => id!,
            _ => cls + " " + id,
        };
        return names.Length > 300 ? names[..300] : names;
    }

    /// <summary>
    /// A layout wrapper ("layout-with-sidebar") rather than furniture: it holds the headline or the article
    /// body, or most of the page's text.
    /// </summary>
    private static bool IsWrapper(IElement element)
    {
        lock (WrapperCache)
        {
            if (WrapperCache.TryGetValue(element, out var known))
            {
                return known.Value;
            }
        }

        var wrapper = element.QuerySelector(ArticleMarkers) is not null || HoldsHeadline(element);
        if (!wrapper && element.Owner?.Body is { } body)
        {
            var own = element.TextContent.Length;
            wrapper = own > 2000 && own * 2 > body.TextContent.Length;
        }

        lock (WrapperCache)
        {
            WrapperCache.AddOrUpdate(element, new StrongBox<bool>(wrapper));
        }

        return wrapper;
    }

    /// <summary>True when an article or main element encloses the element.</summary>
    public static bool InsideArticle(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "article" or "main")
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"byline|date|datum|fecha|time|meta|publish|posted|author|info|dateline|entry-header|article-header|post-header",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"related|teaser|sidebar|comment|footer|recommend|popular|trending|widget|promo(?!ted)|more-?stories|read-?more|mostread|most-read|newsletter|carousel|slider|ticker|breaking|weitere|verwandt|aehnlich|ähnlich|kommentar|similar|also-?like|outbrain|taboola|nav(?:bar|igation)?\b|menu|top-?bar|masthead|site-?header|cookie|rail|(?:^|[\s_-])(?:list|cards?|feed)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();
}
