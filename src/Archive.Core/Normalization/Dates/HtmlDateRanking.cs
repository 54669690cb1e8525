using AngleSharp.Dom;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Chooses the publication day of an HTML page from all its candidates, in a fixed priority order:
/// structured publication metadata (JSON-LD, meta, microdata), generic date metadata, the article's
/// time elements, date-classed elements, the URL, the visible text, and last modification metadata.
/// A full URL date settles disagreements, and a UTC timestamp yields to a local one a day apart.
/// </summary>
internal static class HtmlDateRanking
{
    private const double FullTextThreshold = 4.0;

    public static DateOnly? Find(IDocument document, string? url) => Explain(document, url)?.Date;

    /// <summary>
    /// The chosen day with its confidence: inferred when only weak evidence decided it (modification metadata as
    /// a last resort, or a text day corroborated by a weekday the prose names), exact otherwise.
    /// </summary>
    public static PublishedDate? FindWithConfidence(IDocument document, string? url) => Explain(document, url) is { } found
        ? new PublishedDate(found.Date, found.Reason is InferredFromText or ImageUrl or "metadata-modified" ? Model.DateConfidence.Inferred : Model.DateConfidence.Exact)
        : null;

    private const string InferredFromText = "inferred-text";

    /// <summary>The chosen day and the kind of source that decided it (for tests and diagnostics).</summary>
    internal static (DateOnly Date, string Reason)? Explain(IDocument document, string? url)
    {
        try
        {
            return Choose(document, url);
        }
        catch (Exception e) when (e is System.Text.RegularExpressions.RegexMatchTimeoutException or InvalidOperationException or ArgumentException or FormatException or OverflowException
            or IndexOutOfRangeException or NullReferenceException)
        {
            return null;
        }
    }

    private static (DateOnly Date, string Reason)? Choose(IDocument document, string? url)
    {
        var body = document.Body;
        var bodyText = body?.TextContent ?? "";
        var order = LanguageHints.FromDocument(document, bodyText.Length > 20_000 ? bodyText[..20_000] : bodyText);

        // The visible text takes a walk over the whole body: made once, when first needed.
        string? pageText = null;
        string PageTextOf(IElement element) => pageText ??= PageText.Of(element);
        url = string.IsNullOrWhiteSpace(url) ? FindUrl(document) : url;
        var fromUrl = UrlDates.Find(url);

        var structured = new List<DateCandidate>();
        JsonLdDates.Collect(document, order, structured);
        MetaDates.Collect(document, order, structured);
        MetaDates.CollectItemProps(document, order, structured);

        var elements = new List<DateCandidate>();
        ElementDates.CollectTimes(document, order, elements);
        ElementDates.CollectDateElements(document, order, elements);
        ElementDates.CollectLabelled(document, order, elements);
        ElementDates.CollectScripted(document, order, elements);

        var published = structured.Where(c => c.Role == DateRole.Published).ToList();
        if (published.Count > 0)
        {
            var shown = body is null ? [] : Shown(PageTextOf(body), order);
            var pick = ChooseShown(published, shown);
            if (fromUrl is { } u && u != pick.Date && (Math.Abs(u.DayNumber - pick.Date.DayNumber) > 1 || pick.IsUtc))
            {
                return (u, "url-over-metadata");
            }

            // A page that shows its readers only the update day, never the stated publication day, is dated by what it shows.
            // Exactly, unless the pick is a UTC timestamp: a local page shows a non-UTC stated day as it is.
            var pickShown = pick.IsUtc ? IsShown(shown, pick.Date) : shown.Contains(pick.Date);
            if (!pickShown
                && structured.Concat(elements).FirstOrDefault(c => c.Role == DateRole.Modified && c.Date != pick.Date && shown.Contains(c.Date)) is { Source: not DateSource.Text } visible
                && visible.Date > pick.Date)
            {
                return (visible.Date, "shown-modified");
            }

            // Metadata the page never shows, while its byline confidently shows another day: the byline is what readers see.
            if (!IsShown(shown, pick.Date) && body is not null
                && TextDateScanner.Rank(PageTextOf(body), order, TitleOf(document), null) is { } seen
                && seen.Score >= 6.0 && seen.Date > pick.Date)
            {
                return (seen.Date, "shown-text");
            }

            return (pick.Date, "metadata-published-" + pick.Source);
        }

        var element = elements.FirstOrDefault(c => c.Role != DateRole.Modified);
        if (elements.Count > 0 && element != default)
        {
            return (fromUrl ?? element.Date, fromUrl is null ? "element-" + element.Source : "url");
        }

        // Generic "date" metadata is as often the last edit as the publication: it comes after the article's own elements.
        var unknown = structured.Where(c => c.Role == DateRole.Unknown).ToList();
        if (unknown.Count > 0)
        {
            var pick = PreferLocal(unknown[0], unknown);
            return (fromUrl ?? pick.Date, fromUrl is null ? "metadata-date" : "url");
        }

        if (fromUrl is { } urlDate)
        {
            return (urlDate, "url");
        }

        if (ScriptDates.Find(document, order) is { } scripted)
        {
            return (scripted.Date, "script");
        }

        var modified = structured.Concat(elements).Where(c => c.Role == DateRole.Modified).ToList();
        DateOnly? latest = modified.Count > 0 ? modified.Max(c => c.Date) : null;
        if (body is not null)
        {
            var title = TitleOf(document);
            var text = PageTextOf(body);
            if (TextDateScanner.Find(text, order, title, latest) is { } fromText)
            {
                return (fromText, "text");
            }
        }

        // Last resort before modification metadata: the whole visible text, rails included, with a stricter threshold.
        if (body is not null
            && TextDateScanner.Find(PageText.Of(body, dropFurniture: false), order, TitleOf(document), latest, FullTextThreshold) is { } fromFullText)
        {
            return (fromFullText, "full-text");
        }

        if (modified.Count > 0)
        {
            return (modified[0].Date, "metadata-modified");
        }

        if (body is not null
            && TextDateScanner.FindWithConfidence(PageTextOf(body), order, TitleOf(document)) is { Confidence: Model.DateConfidence.Inferred } inferred)
        {
            return (inferred.Day, InferredFromText);
        }

        // Nothing else dates the page: the full day in the path of its own preview image (og:image), often stored by
        // upload day. Right about two times in three where the page states its day too, so only inferred.
        if (ImageUrlDate(document) is { } fromImage)
        {
            return (fromImage, ImageUrl);
        }

        return null;
    }

    private const string ImageUrl = "image-url";

    /// <summary>The headline's text as the text scanner's anchor: the element showing the page's title, else the first h1, else the title.</summary>
    private static string? TitleOf(IDocument document) =>
        PageRegions.Headline(document)?.TextContent ?? document.QuerySelector("h1")?.TextContent ?? document.Title;

    /// <summary>A full day (<c>/2016/05/04/</c>, <c>2016-05-04</c>) in the path of the page's Open Graph or Twitter image.</summary>
    private static DateOnly? ImageUrlDate(IDocument document)
    {
        foreach (var selector in new[] { "meta[property='og:image']", "meta[name='twitter:image']", "meta[property='twitter:image']" })
        {
            if (document.QuerySelector(selector)?.GetAttribute("content") is { Length: > 0 } image && UrlDates.Find(image) is { } day)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>
    /// For diagnostics (<c>extract --explain-dates</c>): the chosen day and its reason, with every candidate the page
    /// offers (source, role, day, UTC), the URL's day and the best text day, one per line.
    /// </summary>
    internal static string Describe(IDocument document, string? url)
    {
        var builder = new System.Text.StringBuilder();
        var chosen = Explain(document, url);
        builder.Append("chosen: ").AppendLine(chosen is { } c ? $"{c.Date:yyyy-MM-dd} {c.Reason}" : "none");
        url = string.IsNullOrWhiteSpace(url) ? FindUrl(document) : url;
        builder.Append("url: ").Append(url).Append(" -> ").AppendLine(UrlDates.Find(url)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none");
        var bodyText = document.Body?.TextContent ?? "";
        var order = LanguageHints.FromDocument(document, bodyText.Length > 20_000 ? bodyText[..20_000] : bodyText);
        builder.Append("order: ").AppendLine(order.ToString());
        var candidates = new List<DateCandidate>();
        JsonLdDates.Collect(document, order, candidates);
        MetaDates.Collect(document, order, candidates);
        MetaDates.CollectItemProps(document, order, candidates);
        ElementDates.CollectTimes(document, order, candidates);
        ElementDates.CollectDateElements(document, order, candidates);
        ElementDates.CollectLabelled(document, order, candidates);
        ElementDates.CollectScripted(document, order, candidates);
        foreach (var candidate in candidates)
        {
            builder.Append("candidate: ").Append(candidate.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .Append(' ').Append(candidate.Source).Append(' ').Append(candidate.Role).AppendLine(candidate.IsUtc ? " utc" : "");
        }

        if (ScriptDates.Find(document, order) is { } scripted)
        {
            builder.Append("script: ").AppendLine(scripted.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (document.Body is { } body)
        {
            var title = TitleOf(document);
            if (TextDateScanner.Rank(PageText.Of(body), order, title, null) is { } seen)
            {
                builder.Append("text: ").Append(seen.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(" score ")
                    .AppendLine(seen.Score.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static HashSet<DateOnly> Shown(string pageText, DayMonthOrder order)
    {
        var shown = new HashSet<DateOnly>();
        foreach (var line in pageText.Split('\n'))
        {
            foreach (var mention in DateExpressions.FindAll(line, order))
            {
                shown.Add(mention.Date);
            }
        }

        return shown;
    }

    private static bool IsShown(HashSet<DateOnly> shown, DateOnly date) =>
        shown.Contains(date) || shown.Contains(date.AddDays(1)) || shown.Contains(date.AddDays(-1));

    /// <summary>
    /// The first publication candidate, unless the page shows its readers another one and not it: then the shown one.
    /// A UTC timestamp whose day is not shown but exactly one neighbouring day is, is the page's local day.
    /// </summary>
    private static DateCandidate ChooseShown(List<DateCandidate> published, HashSet<DateOnly> shown)
    {
        var pick = published[0];
        if (shown.Contains(pick.Date))
        {
            return pick;
        }

        foreach (var other in published)
        {
            if (shown.Contains(other.Date))
            {
                return other;
            }
        }

        if (pick.IsUtc)
        {
            var before = shown.Contains(pick.Date.AddDays(-1));
            var after = shown.Contains(pick.Date.AddDays(1));
            if (before != after)
            {
                return pick with { Date = pick.Date.AddDays(before ? -1 : 1), IsUtc = false };
            }
        }

        return pick;
    }

    /// <summary>A UTC timestamp whose day is one off a locally written candidate yields to the local day.</summary>
    private static DateCandidate PreferLocal(DateCandidate pick, IEnumerable<DateCandidate> others)
    {
        if (!pick.IsUtc)
        {
            return pick;
        }

        foreach (var other in others)
        {
            if (!other.IsUtc && other.Role != DateRole.Modified && Math.Abs(other.Date.DayNumber - pick.Date.DayNumber) == 1)
            {
                return other;
            }
        }

        return pick;
    }

    private static string? FindUrl(IDocument document)
    {
        foreach (var selector in new[] { "link[rel='canonical']", "meta[property='og:url']", "meta[name='twitter:url']", "meta[itemprop='url']" })
        {
            var element = document.QuerySelector(selector);
            var value = element?.GetAttribute("href") ?? element?.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }
}
