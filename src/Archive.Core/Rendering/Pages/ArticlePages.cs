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

    private readonly VersionPages _versions = new(factory);

    /// <summary>
    /// The page dependency map (<see cref="PageFacts"/>): an article page whose facts (<see cref="ArticleFacts"/>) are as
    /// the last build recorded keeps its file without its view being made or signed; null signs every page.
    /// </summary>
    public PageFacts? Facts { get; init; }

    // The site view is the same for every page of a build: hashed once.
    private readonly UInt128 _site = ViewHasher.Of(factory.Site);

    /// <summary>The versions of the article's story with what changed between them: made once per article, for its page and the version pages.</summary>
    public IReadOnlyList<VersionView> Versions(Article article) => _versions.Views(article);

    /// <summary>The pages of the article's story versions, when its text changed between captures (see <see cref="VersionPages"/>).</summary>
    public IEnumerable<Document> RenderVersions(Article article, IReadOnlyList<VersionView> versions) => _versions.Render(article, versions);

    public Document Render(Article article) => Render(article, Versions(article));

    public Document Render(Article article, IReadOnlyList<VersionView> versions)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(versions);
        var index = factory.Index;
        var related = index.Related(article, RelatedCount + article.Elsewhere.Count)
            .Where(r => !article.Elsewhere.Contains(r.SourcePath, StringComparer.Ordinal)).Take(RelatedCount).ToList();
        var elsewhere = article.Elsewhere.Select(path => BySource(index).GetValueOrDefault(path)).OfType<Article>().ToList();
        var url = article.Permalink ?? "/";
        if (Facts is { } facts)
        {
            if (versions.Count > 0)
            {
                facts.Forget(url); // a story with versions is signed whole, as are its version pages
            }
            else if (facts.KeepPage(url, ArticleFacts.Of(facts, factory, _site, article, BodyKey(article.Body), related, elsewhere)) is { } kept)
            {
                return (factory.Sink?.Store(kept) ?? kept) with { Source = article.SourcePath };
            }
        }

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
            NotRendered,
            Captions(article),
            Links(TermKind.Tag),
            Links(TermKind.Person),
            Links(TermKind.Place),
            Links(TermKind.Organisation),
            factory.Summaries(related),
            article.Captures.Select(c => new CaptureView(
                PageFactory.DateLabel(c.Captured),
                PageFactory.DateIso(c.Captured),
                FormatName(c.Format),
                c.SourcePath,
                Html.SafeExternalUrl(c.OriginalUrl),
                c.DuplicateOf)).ToList(),
            factory.Summaries(elsewhere))
        {
            Wire = article.Wire,
            Versions = versions,
            Sections = [],
            Lead = Lead(article) is { } lead ? FigureViews.For(lead) : null,
        };
        var share = FigureViews.ShareUrl(Lead(article) ?? article.Body.Select(b => b.Figure).FirstOrDefault(f => f?.Image is not null));
        var page = factory.Page(article.Title, url, "article", article.Standfirst ?? FirstParagraph(article)) with
        {
            OgType = "article",
            Image = share is null ? null : factory.Absolute(share),
        };

        // The page's signature is taken before its body is turned into HTML: the body's part of it is the hash of its
        // blocks (made once per body), the JSON-LD's is the tags beside what the view already holds. A kept page costs
        // neither the HTML of its body nor its JSON-LD.
        return factory.Render(
            "article",
            page,
            [("article", view), ("\0body", BodyKey(article.Body)), ("\0keywords", article.Tags)],
            () => (page with { JsonLd = JsonLd(article, factory.Absolute(url)) }, [("article", view with
            {
                Body = BodyHtml.Render(article.Body),
                Sections = BodyHtml.Sections(article.Body, FigureViews.For),
            })])) with { Source = article.SourcePath };
    }

    /// <summary>Stands in for the body's HTML in the view a signature is taken of.</summary>
    private static readonly RawHtml NotRendered = new("");

    // Bodies are kept by reference across a preview's rebuilds (an unedited article is the same object), so each is
    // hashed once; the table lets go of a body when its article is gone.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Block>, System.Runtime.CompilerServices.StrongBox<UInt128>> BodyKeys = new();

    /// <summary>The hash of every block of a body: the HTML of the body and its sections are made from the blocks alone.</summary>
    private static UInt128 BodyKey(IReadOnlyList<Block> body) =>
        BodyKeys.GetValue(body, static blocks => new(ViewHasher.Of(blocks))).Value;

    // Syndicated copies are named by source path; the index's articles are looked up once per page set.
    private Dictionary<string, Article>? _bySource;

    private Dictionary<string, Article> BySource(ArchiveIndex index)
    {
        var map = Volatile.Read(ref _bySource);
        if (map is null)
        {
            map = index.Articles.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
            Volatile.Write(ref _bySource, map);
        }

        return map;
    }

    /// <summary>The lead image when the archive keeps it and no figure of the body is the same image.</summary>
    private static Figure? Lead(Article article) =>
        article.Lead is { Image: { } image } lead && !article.Body.Any(b => b.Figure?.Image?.Hash == image.Hash) ? lead : null;

    /// <summary>The captions that no figure of the page shows already.</summary>
    private static IReadOnlyList<string> Captions(Article article)
    {
        var shown = article.Body.Select(b => b.Figure?.Caption).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return shown.Count == 0 ? article.Captions : [.. article.Captions.Where(c => !shown.Contains(c))];
    }

    private static string FormatName(CaptureFormat format) => format switch
    {
        CaptureFormat.Html => "Saved HTML",
        CaptureFormat.Text => "Text dump",
        CaptureFormat.Markdown => "Markdown note",
        _ => format.ToString(),
    };

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
