using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Core.Model;
using Archive.Core.Rendering.Pages;
using Archive.Core.Text;

namespace Archive.Core.Rendering.Feeds;

/// <summary>A JSON Feed 1.1 (jsonfeed.org) of articles.</summary>
public static class JsonFeed
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static byte[] Write(PageFactory factory, string selfUrl, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var feed = new JsonObject
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = factory.Settings.Title,
            ["home_page_url"] = factory.Absolute("/"),
            ["feed_url"] = factory.Absolute(selfUrl),
            ["description"] = factory.Settings.Description,
            ["language"] = factory.Settings.Language,
            ["items"] = Json.Array(articles.Select(article =>
            {
                var item = new JsonObject
                {
                    ["id"] = factory.Absolute(article.Permalink!),
                    ["url"] = factory.Absolute(article.Permalink!),
                    ["title"] = article.Title,
                    ["content_text"] = article.BodyText,
                };
                if (AtomFeed.Summary(article) is { } summary)
                {
                    item["summary"] = summary;
                }

                if (article.Published is { } published)
                {
                    item["date_published"] = $"{published:yyyy-MM-dd}T00:00:00Z";
                }

                if ((article.Byline ?? article.SourceName) is { } author)
                {
                    item["authors"] = new JsonArray(new JsonObject { ["name"] = author });
                }

                if (Html.SafeExternalUrl(article.CanonicalUrl) is { } original)
                {
                    item["external_url"] = original;
                }

                if (article.Tags.Count > 0)
                {
                    item["tags"] = Json.Strings(article.Tags);
                }

                return item;
            })),
        };
        return System.Text.Encoding.UTF8.GetBytes(feed.ToJsonString(Options));
    }
}
