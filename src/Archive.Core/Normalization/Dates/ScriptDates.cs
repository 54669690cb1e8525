using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Publication keys in a page's inline script data (state objects, data layers): <c>"publishDate": "..."</c>,
/// <c>"published_at"</c>, <c>"firstPublished"</c> and similar. Only the first such key counts: later ones
/// usually describe other articles listed on the page.
/// </summary>
internal static partial class ScriptDates
{
    private const int MaxScriptChars = 2_000_000;

    public static DateCandidate? Find(IDocument document, DayMonthOrder order)
    {
        var scanned = 0;
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type") ?? "";
            if (type.Contains("ld+json", StringComparison.OrdinalIgnoreCase) || script.HasAttribute("src"))
            {
                continue;
            }

            var text = script.TextContent;
            scanned += text.Length;
            if (scanned > MaxScriptChars)
            {
                break;
            }

            try
            {
                var m = PublicationKey().Match(text);
                if (m.Success && TimestampValue.TryRead(m.Groups["v"].Value, order, out var date, out var utc))
                {
                    return new DateCandidate(date, DateSource.Meta, DateRole.Published, utc);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"[""'](?:datePublished|date_published|publishDate|publish_date|publishedDate|published_date|publishedAt|published_at|publishedFirst|firstPublished|first_published_at|firstPublishedDate|pubDate|pub_date|publicationDate|publication_date)[""']\s*:\s*[""'](?<v>[^""']{6,40})[""']",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublicationKey();
}
