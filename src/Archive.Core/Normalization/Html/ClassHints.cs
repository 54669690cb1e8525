using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// What an element's class, id and role say about it: generic words used across publishers for
/// article content ("article", "story", "body") and for page chrome ("nav", "share", "related").
/// </summary>
internal static partial class ClassHints
{
    /// <summary>The class and id of an element as one lower-case string, "" when it has neither.</summary>
    public static string Of(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(className))
        {
            return string.IsNullOrEmpty(id) ? "" : id.ToLowerInvariant();
        }

        return string.IsNullOrEmpty(id) ? className.ToLowerInvariant() : (className + " " + id).ToLowerInvariant();
    }

    /// <summary>A weight in the spirit of Readability's: +25 for a content hint, -25 for a chrome hint.</summary>
    public static int Weight(string hints)
    {
        if (hints.Length == 0)
        {
            return 0;
        }

        var weight = 0;
        if (Negative().IsMatch(hints))
        {
            weight -= 25;
        }

        if (Positive().IsMatch(hints))
        {
            weight += 25;
        }

        return weight;
    }

    /// <summary>Whether the hints name content, and whether they name page chrome (both may).</summary>
    public static (bool Content, bool Chrome) Sides(string hints) =>
        hints.Length == 0 ? (false, false) : (Positive().IsMatch(hints), Negative().IsMatch(hints));

    /// <summary>Chrome that is removed before scoring unless the hints also name content.</summary>
    public static bool IsUnlikely(string hints) => hints.Length > 0 && Unlikely().IsMatch(hints) && !MaybeContent().IsMatch(hints);

    /// <summary>Chrome so clear that even a content word beside it does not save it ("article-share", "story-comments").</summary>
    public static bool IsCertainChrome(string hints) => hints.Length > 0 && CertainChrome().IsMatch(hints);

    public static bool IsCaption(string hints) => hints.Length > 0 && Caption().IsMatch(hints);

    public static bool IsChromeRole(string? role) => role is not null && ChromeRole().IsMatch(role);

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|richtext|rich-text", RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ads?-|(^|[\s_-])ads?([\s_-]|$)|advert|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|taboola|promo|related|scroll|share|sharing|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|cookie|consent|subscribe|signup|social|recommend|trending|popular|breadcrumb|byline|author|caption|credit|toolbar|teaser|recirc|more-from|read-more|readmore|also-read|listing", RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|modal|yom-remote|cookie|consent|newsletter|share|sharing|promo|outbrain|taboola|recirc|most-popular|trending|subscribe|signup|sign-up|navbar|navigation|(^|[\s_-])nav([\s_-]|$)|toolbar|tooltip|overlay|masthead|skip-link|skiplink|visually-hidden|sr-only|screen-reader|copyright|legal", RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|entry|post|text", RegexOptions.CultureInvariant)]
    private static partial Regex MaybeContent();

    [GeneratedRegex(@"(^|[\s_-])(share|sharing|social-share|share-bar|sharebar|comments?|disqus|outbrain|taboola|newsletter|cookie|cookies|consent|gdpr|related|recirc|most-popular|trending|breadcrumbs?|subscribe|paywall-prompt|ad|ads|advert|advertisement|promo)([\s_-]|$)|visually-hidden|sr-only|screen-reader-text|skip-link", RegexOptions.CultureInvariant)]
    private static partial Regex CertainChrome();

    [GeneratedRegex(@"caption|credit", RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^(menu|menubar|navigation|complementary|alert|alertdialog|dialog|banner|contentinfo|search|toolbar|tooltip)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChromeRole();
}
