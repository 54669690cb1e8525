using System.Text.Json.Nodes;
using Archive.Core.Analysis.Index;
using Archive.Core.Engine;
using Archive.Core.Model;
using Archive.Core.Rendering.Views;

namespace Archive.Core.Rendering.Pages;

/// <summary>Renders one article page: headline, standfirst, byline, source, dates, body, terms, related articles.</summary>
public sealed class ArticlePages(PageFactory factory)
{
    private const int RelatedCount = 5;

    public Document Render(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var index = factory.Index;
        var terms = index.TermsOf(article).ToList();
        IReadOnlyList<LinkView> Links(TermKind kind) => terms.Where(t => t.Kind == kind).Select(PageFactory.Link).ToList();
        var source = article.SourceName is { } name ? index.Find(TermKind.Source, name) : null;
        var view = new ArticleView(
            article.Title,
            article.Standfirst,
            article.Byline,
            article.SourceName,
            source?.Url,
            Html.SafeExternalUrl(article.CanonicalUrl),
            PageFactory.DateLabel(article.Published),
            PageFactory.DateIso(article.Published),
            article.Published is { } d ? $"/{d:yyyy}/{d:MM}/{d:dd}/" : null,
            article.Published is not null && article.PublishedConfidence == DateConfidence.Inferred,
            PageFactory.DateLabel(article.Captured),
            PageFactory.DateIso(article.Captured),
            article.Dateline,
            BodyHtml.Render(article.Body),
            article.Captions,
            Links(TermKind.Tag),
            Links(TermKind.Person),
            Links(TermKind.Place),
            Links(TermKind.Organisation),
            factory.Summaries(index.Related(article, RelatedCount)));
        var url = article.Permalink ?? "/";
        var page = factory.Page(article.Title, url, "article", article.Standfirst ?? FirstParagraph(article)) with
        {
            OgType = "article",
            JsonLd = JsonLd(article, factory.Absolute(url)),
        };
        return factory.Render("article", page, ("article", view)) with { Source = article.SourcePath };
    }

    private static string? FirstParagraph(Article article)
    {
        var text = article.Body.FirstOrDefault(b => b.Kind == BlockKind.Paragraph)?.Text;
        return text is { Length: > 200 } ? text[..197] + "..." : text;
    }

    /// <summary>schema.org NewsArticle; System.Text.Json's default encoder escapes '&lt;' so it cannot close the script element.</summary>
    private static RawHtml JsonLd(Article article, string url)
    {
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
        };
        if (PageFactory.DateIso(article.Published) is { } published)
        {
            data["datePublished"] = published;
        }

        if (article.Byline is { } byline)
        {
            data["author"] = new JsonObject { ["@type"] = "Person", ["name"] = byline };
        }

        if (article.SourceName is { } source)
        {
            data["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = source };
        }

        if (Html.SafeExternalUrl(article.CanonicalUrl) is { } original)
        {
            data["isBasedOn"] = original;
        }

        if (article.Tags.Count > 0)
        {
            data["keywords"] = Text.Json.Strings(article.Tags);
        }

        return new RawHtml(data.ToJsonString());
    }
}
