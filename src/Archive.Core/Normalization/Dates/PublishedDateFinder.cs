using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Finds the publication day of a page: the day as the page states it, never the clock.
/// HTML: JSON-LD, then meta tags, microdata, the article's time elements, date-classed elements,
/// the URL, and last the visible text; publication beats modification. Text dumps: ranked text dates.
/// Never throws on page content; returns null rather than guess.
/// </summary>
public static class PublishedDateFinder
{
    /// <summary>From a parsed HTML page (metadata, JSON-LD, time elements, URL, text).</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="url">The page's canonical URL when the caller knows it; else it is looked up in the page.</param>
    public static DateOnly? FindInHtml(IHtmlDocument document, string? url) => FindDayInHtml(document, url)?.Day;

    /// <summary>From a parsed HTML page, with how the day was found (<see cref="PublishedDate"/>).</summary>
    public static PublishedDate? FindDayInHtml(IHtmlDocument document, string? url)
    {
        ArgumentNullException.ThrowIfNull(document);
        return HtmlDateRanking.FindWithConfidence(document, url);
    }

    /// <summary>From a whole-page text dump (and its URL when known).</summary>
    public static DateOnly? FindInText(string text, string? url)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindInText(text, url, titleHint: null);
    }

    /// <summary>From a whole-page text dump, with the article title when the caller has found it.</summary>
    public static DateOnly? FindInText(string text, string? url, string? titleHint) => FindDayInText(text, url, titleHint)?.Day;

    /// <summary>
    /// From a whole-page text dump, with how the day was found: exact from the URL or a byline or dateline,
    /// inferred when only weaker days are written and the prose names one's weekday.
    /// </summary>
    public static PublishedDate? FindDayInText(string text, string? url, string? titleHint) =>
        FindDayInText(text, url, titleHint, Learning.TextDateModel.Default);

    /// <summary>
    /// <see cref="FindDayInText(string, string?, string?)"/> with the choice among the text's days made by
    /// <paramref name="model"/> (the hand rules' score is one of its features); null: by the hand rules.
    /// </summary>
    internal static PublishedDate? FindDayInText(string text, string? url, string? titleHint, Learning.TextDateModel? model)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            // A full day in the URL is the most precise source a dump can have; the text ranks the rest.
            if (UrlDates.Find(url) is { } fromUrl)
            {
                return new PublishedDate(fromUrl, Model.DateConfidence.Exact);
            }

            var order = LanguageHints.GuessOrder(text);
            if (model is not null)
            {
                var (lines, days) = TextDateScanner.Days(text, order, titleHint, latest: null);
                return model.Choose(days, WeekdayMentions.In(lines));
            }

            return TextDateScanner.FindWithConfidence(text, order, titleHint);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
