using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Dates from JSON-LD blocks: <c>datePublished</c> (then <c>dateCreated</c>, <c>uploadDate</c>) and
/// <c>dateModified</c>, walking <c>@graph</c>, arrays and nested objects. Objects typed as an article
/// or posting are preferred over web pages and anything else; nested reviews, comments and related items
/// are skipped. Broken JSON falls back to a tolerant key search.
/// </summary>
internal static partial class JsonLdDates
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private static readonly HashSet<string> SkippedProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "comment", "review", "itemListElement", "relatedLink", "significantLink", "subjectOf", "hasPart",
        "isPartOf", "citation", "mentions", "about", "recipeInstructions", "video", "associatedMedia", "image",
    };

    public static void Collect(IDocument document, DayMonthOrder order, List<DateCandidate> output)
    {
        var ranked = new List<(int Rank, DateCandidate Candidate)>();
        var count = 0;
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type") ?? "";
            if (!type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)
                && !(type.Length == 0 && script.TextContent.AsSpan().TrimStart().StartsWith("{\"@context\"", StringComparison.Ordinal)))
            {
                continue;
            }

            if (++count > 20)
            {
                break;
            }

            var json = script.TextContent;
            if (json.Length > 500_000)
            {
                continue;
            }

            try
            {
                using var parsed = JsonDocument.Parse(json.Trim().TrimEnd(';'), Options);
                Walk(parsed.RootElement, 0, order, ranked);
            }
            catch (JsonException)
            {
                Tolerant(json, order, ranked);
            }
        }

        output.AddRange(ranked.OrderBy(r => r.Rank).Select(r => r.Candidate));
    }

    private static void Walk(JsonElement element, int depth, DayMonthOrder order, List<(int, DateCandidate)> ranked)
    {
        if (depth > 12)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, depth + 1, order, ranked);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var typeRank = TypeRank(element);
        foreach (var property in element.EnumerateObject())
        {
            var role = property.Name switch
            {
                "datePublished" => DateRole.Published,
                "dateCreated" or "uploadDate" => DateRole.Unknown,
                "dateModified" => DateRole.Modified,
                _ => (DateRole?)null,
            };
            if (role is { } r)
            {
                var value = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    JsonValueKind.Array when property.Value.GetArrayLength() > 0 && property.Value[0].ValueKind == JsonValueKind.String
                        => property.Value[0].GetString(),
                    _ => null,
                };
                if (TimestampValue.TryRead(value, order, out var date, out var utc))
                {
                    var roleRank = r switch { DateRole.Published => 0, DateRole.Unknown => 1, _ => 2 };
                    ranked.Add(((roleRank * 100) + (typeRank * 10) + Math.Min(depth, 9), new DateCandidate(date, DateSource.JsonLd, r, utc)));
                }
            }
            else if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array
                && (property.Name is "@graph" or "mainEntity" or "mainEntityOfPage" || !SkippedProperties.Contains(property.Name)))
            {
                Walk(property.Value, depth + 1, order, ranked);
            }
        }
    }

    /// <summary>0 for articles and postings, 1 for web pages, 2 for anything else.</summary>
    private static int TypeRank(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return 2;
        }

        var names = type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString() ?? ""],
            JsonValueKind.Array => type.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "").ToArray(),
            _ => Array.Empty<string>(),
        };
        if (names.Any(n => n.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || n.EndsWith("Posting", StringComparison.OrdinalIgnoreCase)
            || n.Equals("Report", StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }

        return names.Any(n => n.EndsWith("Page", StringComparison.OrdinalIgnoreCase)) ? 1 : 2;
    }

    private static void Tolerant(string json, DayMonthOrder order, List<(int, DateCandidate)> ranked)
    {
        try
        {
            for (var m = KeyValue().Match(json); m.Success; m = m.NextMatch())
            {
                var role = m.Groups["k"].Value switch
                {
                    "datePublished" => DateRole.Published,
                    "dateModified" => DateRole.Modified,
                    _ => DateRole.Unknown,
                };
                if (TimestampValue.TryRead(m.Groups["v"].Value, order, out var date, out var utc))
                {
                    var roleRank = role switch { DateRole.Published => 0, DateRole.Unknown => 1, _ => 2 };
                    ranked.Add(((roleRank * 100) + 50, new DateCandidate(date, DateSource.JsonLd, role, utc)));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Keep what was found.
        }
    }

    [GeneratedRegex(@"""(?<k>datePublished|dateCreated|dateModified)""\s*:\s*""(?<v>[^""]{6,60})""", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();
}
