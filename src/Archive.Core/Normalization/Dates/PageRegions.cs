using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Tells the article apart from the page furniture around it: navigation, site headers, footers,
/// sidebars, related-article rails, teasers and comments, whose dates belong to other pages or to the day of capture.
/// </summary>
internal static partial class PageRegions
{
    /// <summary>True when the element sits in navigation, footer, sidebar, related lists, comments or a site header.</summary>
    public static bool IsOutsideArticle(IElement element)
    {
        var inList = false;
        var depth = 0;
        for (var e = element; e is not null && depth < 40; e = e.ParentElement, depth++)
        {
            switch (e.LocalName)
            {
                case "nav" or "footer" or "aside":
                    return true;
                case "header" when !InsideArticle(e) && e.QuerySelector("nav") is not null:
                    return true;
                case "article" or "main" or "body":
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
            return Furniture().IsMatch(names) && !Byline().IsMatch(names) && element.QuerySelector("h1") is null;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
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

    private static bool InsideArticle(IElement element)
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
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex Byline();

    [GeneratedRegex(@"related|teaser|sidebar|comment|footer|recommend|popular|trending|widget|promo|more-?stories|read-?more|mostread|most-read|newsletter|carousel|slider|ticker|breaking|weitere|verwandt|aehnlich|ähnlich|kommentar|similar|also-?like|outbrain|taboola|nav(?:bar|igation)?\b|menu|top-?bar|masthead|site-?header|cookie|rail|(?:^|[\s_-])(?:list|cards?|grid|feed|archive)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex Furniture();
}
