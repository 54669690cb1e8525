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
    /// <summary>
    /// For diagnostics (<c>extract --explain-dates</c>): every day a text dump writes, with its hand score, its line and
    /// the model's probability, and the day chosen, one per line.
    /// </summary>
    internal static string DescribeText(string text, Learning.TextDateModel? model)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new System.Text.StringBuilder();
        var chosen = FindDayInText(text, url: null, titleHint: null, model);
        builder.Append("chosen: ").AppendLine(chosen is { } c ? $"{c.Day:yyyy-MM-dd} {c.Confidence.ToString().ToLowerInvariant()}" : "none");
        var order = LanguageHints.GuessOrder(text);
        builder.Append("order: ").AppendLine(order.ToString());
        var trace = new List<string>();
        var (lines, days) = TextDateScanner.Days(text, order, titleHint: null, latest: null, trace);
        foreach (var line in trace)
        {
            builder.Append("mention: ").AppendLine(line);
        }

        if (model is not null && days.Count > 0)
        {
            var rows = Learning.DayVectors.Of(days, WeekdayMentions.In(lines));
            var p = Learning.TextDateModel.Softmax(rows.Select(r => model.Score(r)).ToArray());
            for (var i = 0; i < days.Count; i++)
            {
                builder.Append("day: ").Append(days[i].Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                    .Append(" hand ").Append(days[i].Score.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))
                    .Append(" p ").AppendLine(p[i].ToString("0.000", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

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
