using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Dates from <c>&lt;meta&gt;</c> tags (Open Graph, Dublin Core, Parse.ly, Sailthru, citation and
/// newsroom conventions) and from <c>itemprop="datePublished"</c> microdata, ranked by how specific the key is.
/// </summary>
internal static class MetaDates
{
    // Lower rank = more trusted. Publication keys first, generic "date" keys after, modification keys last.
    private static readonly FrozenDictionary<string, (int Rank, DateRole Role)> Keys = new Dictionary<string, (int, DateRole)>
    {
        ["article:published_time"] = (0, DateRole.Published),
        ["og:published_time"] = (0, DateRole.Published),
        ["og:article:published_time"] = (0, DateRole.Published),
        ["article:published"] = (1, DateRole.Published),
        ["article.published"] = (1, DateRole.Published),
        ["published_time"] = (1, DateRole.Published),
        ["datepublished"] = (1, DateRole.Published),
        ["date_published"] = (1, DateRole.Published),
        ["date-published"] = (1, DateRole.Published),
        ["publishdate"] = (1, DateRole.Published),
        ["publish-date"] = (1, DateRole.Published),
        ["publish_date"] = (1, DateRole.Published),
        ["published-date"] = (1, DateRole.Published),
        ["published_date"] = (1, DateRole.Published),
        ["publication_date"] = (1, DateRole.Published),
        ["publication-date"] = (1, DateRole.Published),
        ["pubdate"] = (1, DateRole.Published),
        ["pub_date"] = (1, DateRole.Published),
        ["pub-date"] = (1, DateRole.Published),
        ["parsely-pub-date"] = (1, DateRole.Published),
        ["sailthru.date"] = (1, DateRole.Published),
        ["citation_publication_date"] = (1, DateRole.Published),
        ["citation_date"] = (2, DateRole.Published),
        ["citation_online_date"] = (2, DateRole.Published),
        ["dc.date.issued"] = (1, DateRole.Published),
        ["dcterms.issued"] = (1, DateRole.Published),
        ["dc.date.created"] = (2, DateRole.Published),
        ["dcterms.created"] = (2, DateRole.Published),
        ["dc.date.published"] = (1, DateRole.Published),
        ["originalpublicationdate"] = (1, DateRole.Published),
        ["original-publish-date"] = (1, DateRole.Published),
        ["article_date_original"] = (1, DateRole.Published),
        ["article.created"] = (2, DateRole.Published),
        ["cxenseparse:recs:publishtime"] = (1, DateRole.Published),
        ["cxenseparse:publishtime"] = (1, DateRole.Published),
        ["rnews:datepublished"] = (1, DateRole.Published),
        ["bt:pubdate"] = (1, DateRole.Published),
        ["weibo:article:create_at"] = (2, DateRole.Published),
        ["displaydate"] = (2, DateRole.Published),
        ["release_date"] = (2, DateRole.Published),
        ["datecreated"] = (2, DateRole.Published),
        ["date_created"] = (2, DateRole.Published),
        ["creation_date"] = (2, DateRole.Published),
        ["created"] = (3, DateRole.Unknown),
        ["dc.date"] = (3, DateRole.Unknown),
        ["dcterms.date"] = (3, DateRole.Unknown),
        ["date"] = (3, DateRole.Unknown),
        ["og:pubdate"] = (1, DateRole.Published),
        ["article:modified_time"] = (8, DateRole.Modified),
        ["og:updated_time"] = (8, DateRole.Modified),
        ["og:modified_time"] = (8, DateRole.Modified),
        ["article:modified"] = (8, DateRole.Modified),
        ["datemodified"] = (8, DateRole.Modified),
        ["dc.date.modified"] = (8, DateRole.Modified),
        ["dcterms.modified"] = (8, DateRole.Modified),
        ["last-modified"] = (9, DateRole.Modified),
        ["lastmod"] = (9, DateRole.Modified),
        ["revised"] = (9, DateRole.Modified),
        ["parsely-updated-date"] = (9, DateRole.Modified),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // A site's own namespace before a known publication key ("mysite:published_time", "photo:uploaded"): the key decides.
    private static readonly FrozenDictionary<string, (int Rank, DateRole Role)> Suffixes = new Dictionary<string, (int, DateRole)>
    {
        ["uploaded"] = (3, DateRole.Unknown),
        ["upload_date"] = (3, DateRole.Unknown),
        ["uploaddate"] = (3, DateRole.Unknown),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static bool TryNamespaced(string key, out (int Rank, DateRole Role) entry)
    {
        entry = default;
        var colon = key.LastIndexOf(':');
        if (colon <= 0 || colon == key.Length - 1)
        {
            return Suffixes.TryGetValue(key, out entry);
        }

        var suffix = key[(colon + 1)..];
        if (Keys.TryGetValue(suffix, out var known) && known.Role == DateRole.Published)
        {
            entry = (known.Rank + 1, known.Role);
            return true;
        }

        return Suffixes.TryGetValue(suffix, out entry);
    }

    public static void Collect(IDocument document, DayMonthOrder order, List<DateCandidate> output)
    {
        var ranked = new List<(int Rank, int Position, DateCandidate Candidate)>();
        var position = 0;
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            position++;
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop")
                ?? meta.GetAttribute("http-equiv");
            if (key is null || key.Length > 60)
            {
                continue;
            }

            if (!Keys.TryGetValue(key.Trim(), out var entry) && !TryNamespaced(key.Trim(), out entry))
            {
                continue;
            }

            if (TimestampValue.TryRead(meta.GetAttribute("content"), order, out var date, out var utc))
            {
                ranked.Add((entry.Rank, position, new DateCandidate(date, DateSource.Meta, entry.Role, utc)));
            }
        }

        output.AddRange(ranked.OrderBy(r => r.Rank).ThenBy(r => r.Position).Select(r => r.Candidate));
    }

    /// <summary>Microdata outside meta tags: <c>itemprop="datePublished"</c> on time, span or other elements.</summary>
    public static void CollectItemProps(IDocument document, DayMonthOrder order, List<DateCandidate> output)
    {
        var published = new List<DateCandidate>();
        var modified = new List<DateCandidate>();
        foreach (var element in document.QuerySelectorAll("[itemprop]"))
        {
            if (element.LocalName == "meta")
            {
                continue;
            }

            var prop = element.GetAttribute("itemprop") ?? "";
            var role = prop.Contains("datePublished", StringComparison.OrdinalIgnoreCase) || prop.Contains("dateCreated", StringComparison.OrdinalIgnoreCase)
                ? DateRole.Published
                : prop.Contains("dateModified", StringComparison.OrdinalIgnoreCase) ? DateRole.Modified : (DateRole?)null;
            if (role is null || PageRegions.IsOutsideArticle(element))
            {
                continue;
            }

            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.GetAttribute("title");
            if (!TimestampValue.TryRead(value, order, out var date, out var utc))
            {
                var text = element.TextContent;
                if (text.Length > 200 || !TimestampValue.TryRead(text, order, out date, out utc))
                {
                    continue;
                }
            }

            (role == DateRole.Published ? published : modified).Add(new DateCandidate(date, DateSource.ItemProp, role.Value, utc));
        }

        output.AddRange(published);
        output.AddRange(modified);
    }
}
