using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Archive.Core.Synthetic;

/// <summary>
/// A story as a saved web page: navigation, a cookie banner, JSON-LD <c>NewsArticle</c> with
/// datePublished and keywords, Open Graph, a canonical link, the article with a <c>&lt;time&gt;</c>,
/// a related-stories aside and a footer.
/// </summary>
internal static class HtmlPageFormat
{
    public static string Render(SyntheticStory story)
    {
        var source = story.Source;
        var html = new StringBuilder(8192);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>").Append(E(story.Title)).Append(" | ").Append(E(source.Name)).Append("</title>\n");
        html.Append("<meta name=\"description\" content=\"").Append(E(story.Standfirst)).Append("\">\n");
        html.Append("<meta name=\"keywords\" content=\"").Append(E(string.Join(", ", story.Tags))).Append("\">\n");
        html.Append("<meta property=\"og:title\" content=\"").Append(E(story.Title)).Append("\">\n");
        html.Append("<meta property=\"og:site_name\" content=\"").Append(E(source.Name)).Append("\">\n");
        html.Append("<link rel=\"canonical\" href=\"").Append(E(story.Url)).Append("\">\n");
        html.Append("<script type=\"application/ld+json\">\n").Append(JsonLd(story)).Append("\n</script>\n");
        html.Append("</head>\n<body>\n<header><nav>");
        foreach (var item in source.Navigation)
        {
            html.Append("<a href=\"/").Append(SyntheticText.Slug(item)).Append("\">").Append(E(item)).Append("</a> ");
        }

        html.Append("</nav></header>\n");
        html.Append("<div class=\"cookie-banner\">We use cookies to improve your experience. <button>Accept</button></div>\n");
        html.Append("<main>\n<article>\n<h1>").Append(E(story.Title)).Append("</h1>\n");
        html.Append("<p class=\"standfirst\">").Append(E(story.Standfirst)).Append("</p>\n");
        html.Append("<p class=\"byline\">By <span rel=\"author\">").Append(E(story.Reporter)).Append("</span> · <time datetime=\"")
            .Append(story.Published.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)).Append("\">")
            .Append(story.Published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append("</time></p>\n");
        for (var i = 0; i < story.Paragraphs.Count; i++)
        {
            if (story.Subheading is not null && i == story.SubheadingAt)
            {
                html.Append("<h2>").Append(E(story.Subheading)).Append("</h2>\n");
            }

            html.Append("<p>").Append(E(story.Paragraphs[i])).Append("</p>\n");
        }

        html.Append("</article>\n<aside class=\"related\"><h3>Related stories</h3><ul>");
        for (var i = 0; i < story.Promoted.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/news/related-{i + 1}\">").Append(E(story.Promoted[i])).Append("</a></li>");
        }

        html.Append("</ul></aside>\n</main>\n");
        html.Append(CultureInfo.InvariantCulture, $"<footer><p>© {story.Published.Year} ").Append(E(source.Name)).Append("</p><a href=\"/privacy\">Privacy</a></footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string JsonLd(SyntheticStory story)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", story.Title);
            json.WriteString("description", story.Standfirst);
            json.WriteString("datePublished", story.Published.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            json.WriteString("mainEntityOfPage", story.Url);
            json.WriteStartObject("author");
            json.WriteString("@type", "Person");
            json.WriteString("name", story.Reporter);
            json.WriteEndObject();
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", story.Source.Name);
            json.WriteEndObject();
            json.WriteStartArray("keywords");
            foreach (var tag in story.Tags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
