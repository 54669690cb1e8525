using AngleSharp.Dom;
using Archive.Core.Text;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Reads a page's metadata: title (og:title, JSON-LD headline, h1, &lt;title&gt; without its " | Site" suffix),
/// Open Graph and article:* properties, JSON-LD, the canonical link and byline markup.
/// </summary>
internal static class MetadataReader
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "];

    public static PageMetadata Read(IDocument document)
    {
        var meta = ReadMetaTags(document);
        var jsonLd = JsonLdReader.Read(document);
        var h1 = document.Body?.QuerySelector("h1") is { } heading ? Whitespace.CollapseVisible(heading.TextContent) : null;

        var siteName = First(meta.Get("og:site_name"), jsonLd?.Publisher, meta.Get("application-name"), meta.Get("twitter:site")?.TrimStart('@'));
        var rawTitle = First(meta.Get("og:title"), jsonLd?.Headline, meta.Get("twitter:title"), h1, Whitespace.CollapseVisible(document.Title));
        var canonical = Absolute(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href"))
            ?? Absolute(meta.Get("og:url"))
            ?? Absolute(jsonLd?.Url);

        var tags = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AddTags(tags, seen, meta.All("article:tag"));
        AddTags(tags, seen, meta.All("keywords").Concat(meta.All("news_keywords")).SelectMany(k => k.Split(',', ';')));
        AddTags(tags, seen, jsonLd?.Keywords ?? []);

        return new PageMetadata
        {
            Title = CleanTitle(rawTitle ?? "", siteName, h1),
            Headline = h1,
            Description = First(meta.Get("description"), meta.Get("og:description"), jsonLd?.Description, meta.Get("twitter:description")),
            Byline = ReadByline(document, meta, jsonLd),
            SourceName = SiteNameClaims.Choose([meta.Get("og:site_name"), jsonLd?.Publisher, meta.Get("application-name")], meta.Get("twitter:site"), canonical),
            CanonicalUrl = canonical,
            Section = First(meta.Get("article:section"), jsonLd?.Section),
            Tags = tags,
            ArticleBody = jsonLd?.ArticleBody,
            Image = First(meta.Get("og:image"), meta.Get("og:image:url"), meta.Get("og:image:secure_url"), meta.Get("twitter:image")),
        };
    }

    /// <summary>Removes a " | Site" (or " - Site") suffix or prefix from a title.</summary>
    internal static string CleanTitle(string title, string? siteName, string? h1)
    {
        title = Whitespace.CollapseVisible(title);
        if (title.Length == 0)
        {
            return h1 ?? "";
        }

        var site = siteName is null ? "" : HtmlText.Key(siteName);
        foreach (var separator in TitleSeparators)
        {
            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var head = title[..last];
                var tail = title[(last + separator.Length)..];
                if (IsSiteName(tail, site) || (separator == " | " && Words.Count(head) >= 3))
                {
                    return CleanTitle(head, siteName, h1);
                }

                if (Words.Count(tail) <= 3 && Words.Count(head) >= 4 && h1 is not null && HtmlText.Key(h1) == HtmlText.Key(head))
                {
                    return head.Trim();
                }
            }

            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0 && IsSiteName(title[..first], site))
            {
                return CleanTitle(title[(first + separator.Length)..], siteName, h1);
            }
        }

        return title;
    }

    private static bool IsSiteName(string part, string siteKey)
    {
        if (siteKey.Length == 0)
        {
            return false;
        }

        var key = HtmlText.Key(part);
        return key.Length > 0 && (key == siteKey || (key.Length >= 4 && (siteKey.Contains(key, StringComparison.Ordinal) || key.Contains(siteKey, StringComparison.Ordinal))));
    }

    private static string? ReadByline(IDocument document, MetaTags meta, JsonLdArticle? jsonLd)
    {
        if (jsonLd is { Authors.Count: > 0 })
        {
            return string.Join(", ", jsonLd.Authors);
        }

        if (meta.Get("author") is { } author && !IsUrl(author))
        {
            return author;
        }

        var articleAuthors = meta.All("article:author").Where(a => !IsUrl(a)).ToList();
        if (articleAuthors.Count > 0)
        {
            return string.Join(", ", articleAuthors);
        }

        // Simple selectors only: a descendant combinator costs the depth of the tree per element.
        var element = document.QuerySelector("[itemprop~='author'], [rel~='author'], .byline, .author, [class*='byline']");
        if (element?.QuerySelector("[itemprop~='name']") is { } name)
        {
            element = name;
        }

        if (element is not null)
        {
            var text = StripBy(Whitespace.CollapseVisible(element.TextContent));
            if (text.Length is > 0 and < 120)
            {
                return text;
            }
        }

        return null;
    }

    internal static string StripBy(string text)
    {
        foreach (var prefix in new[] { "By ", "by ", "BY ", "Von ", "Par ", "Por " })
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return text[prefix.Length..].Trim();
            }
        }

        return text;
    }

    private static void AddTags(List<string> tags, HashSet<string> seen, IEnumerable<string> candidates)
    {
        // A set beside the list: a page with 100,000 keywords must not cost a search of the list for each.
        foreach (var candidate in candidates)
        {
            var tag = Whitespace.CollapseVisible(candidate);
            if (tag.Length is > 0 and <= 80 && seen.Add(tag))
            {
                tags.Add(tag);
            }
        }
    }

    private static string? Absolute(string? url)
    {
        url = url?.Trim();
        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;
    }

    private static bool IsUrl(string text) => text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static MetaTags ReadMetaTags(IDocument document)
    {
        var tags = new MetaTags();
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var content = element.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(content))
            {
                tags.Add(key.Trim().ToLowerInvariant(), Whitespace.CollapseVisible(content));
            }
        }

        return tags;
    }

    private sealed class MetaTags
    {
        private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

        public void Add(string key, string value)
        {
            if (value.Length == 0)
            {
                return;
            }

            if (!_values.TryGetValue(key, out var list))
            {
                _values[key] = list = [];
            }

            list.Add(value);
        }

        public string? Get(string key) => _values.TryGetValue(key, out var list) ? list[0] : null;

        public IEnumerable<string> All(string key) => _values.TryGetValue(key, out var list) ? list : [];
    }
}
