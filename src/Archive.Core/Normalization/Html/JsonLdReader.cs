using System.Text.Json;
using AngleSharp.Dom;
using Archive.Core.Text;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Reads <c>application/ld+json</c> scripts for the first article-like object, looking through arrays
/// and <c>@graph</c> lists. Malformed JSON is skipped, never thrown.
/// </summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle", "ScholarlyArticle",
        "TechArticle", "Report", "LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting", "Posting",
    };

    public static JsonLdArticle? Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            var type = script.GetAttribute("type") ?? "";
            if (!type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var found = Parse(script.TextContent);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    internal static JsonLdArticle? Parse(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json.Trim(), Options);
            return FindArticle(parsed.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Breadth-first over arrays and @graph lists (no recursion: the nesting is not ours to trust).</summary>
    private static JsonLdArticle? FindArticle(JsonElement root)
    {
        var queue = new Queue<JsonElement>();
        queue.Enqueue(root);
        var visited = 0;
        while (queue.Count > 0 && visited++ < 1000)
        {
            var element = queue.Dequeue();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    queue.Enqueue(item);
                }

                continue;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (IsArticle(element))
            {
                return ToArticle(element);
            }

            if (element.TryGetProperty("@graph", out var graph))
            {
                queue.Enqueue(graph);
            }

            if (element.TryGetProperty("mainEntity", out var mainEntity))
            {
                queue.Enqueue(mainEntity);
            }
        }

        return null;
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString() ?? ""),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString() ?? "")),
            _ => false,
        };
    }

    private static JsonLdArticle ToArticle(JsonElement element) => new()
    {
        Headline = String(element, "headline") ?? String(element, "name"),
        Description = String(element, "description"),
        Authors = Names(element, "author"),
        Publisher = Names(element, "publisher").FirstOrDefault(),
        Url = Url(element),
        Section = Strings(element, "articleSection").FirstOrDefault(),
        Keywords = Strings(element, "keywords").SelectMany(k => k.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList(),
        ArticleBody = String(element, "articleBody"),
    };

    private static string? Url(JsonElement element)
    {
        if (String(element, "url") is { } url)
        {
            return url;
        }

        if (element.TryGetProperty("mainEntityOfPage", out var page))
        {
            if (page.ValueKind == JsonValueKind.String)
            {
                return page.GetString();
            }

            if (page.ValueKind == JsonValueKind.Object)
            {
                return String(page, "@id") ?? String(page, "url");
            }
        }

        return null;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? Whitespace.CollapseVisible(value.GetString()) is { Length: > 0 } text ? text : null
            : null;

    private static List<string> Strings(JsonElement element, string name)
    {
        var result = new List<string>();
        if (!element.TryGetProperty(name, out var value))
        {
            return result;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            Add(result, value.GetString());
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    Add(result, item.GetString());
                }
            }
        }

        return result;
    }

    /// <summary>Names of people or organisations given as a string, an object with a name, or an array of either.</summary>
    private static List<string> Names(JsonElement element, string name)
    {
        var result = new List<string>();
        if (!element.TryGetProperty(name, out var value))
        {
            return result;
        }

        IEnumerable<JsonElement> items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];
        foreach (var item in items)
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                Add(result, item.GetString());
            }
            else if (item.ValueKind == JsonValueKind.Object)
            {
                Add(result, String(item, "name"));
            }
        }

        return result;
    }

    private static void Add(List<string> list, string? value)
    {
        var text = Whitespace.CollapseVisible(value);
        if (text.Length > 0 && !list.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(text);
        }
    }
}
