using System.Runtime.CompilerServices;
using Archive.Core.Engine;
using Archive.Core.Model;

namespace Archive.Core.Rendering.Pages;

/// <summary>
/// What an article page is made from, as one hash for the page dependency map (<see cref="PageFacts"/>): the fields of
/// the article the page shows, its terms as it links them (name, address, article count), its source's address, and the
/// summaries of the related articles and syndicated copies it lists, with the layout's salt and the site. Hashed field by
/// field rather than by walking the page's view: the walk reads every value by reflection, and a preview rebuild would do
/// it for every article of the archive. Every property of <see cref="Article"/> is named either in <see cref="Shown"/>
/// (hashed here) or in <see cref="NotShown"/> (the page does not read it, or reads it only through the index's terms);
/// a test holds both lists to the record, so a new property cannot be forgotten. Pages of stories with versions are not
/// mapped (their diffs are made from the captures' texts): they are signed whole, as before.
/// </summary>
internal static class ArticleFacts
{
    /// <summary>The article's properties hashed into its page's facts.</summary>
    internal static readonly string[] Shown =
    [
        nameof(Article.SourcePath), nameof(Article.Title), nameof(Article.Standfirst), nameof(Article.Byline),
        nameof(Article.SourceName), nameof(Article.CanonicalUrl), nameof(Article.Published),
        nameof(Article.PublishedConfidence), nameof(Article.Captured), nameof(Article.Dateline), nameof(Article.Body),
        nameof(Article.Lead), nameof(Article.Captions), nameof(Article.Tags), nameof(Article.Captures),
        nameof(Article.Elsewhere), nameof(Article.Versions), nameof(Article.Wire), nameof(Article.Permalink),
    ];

    /// <summary>
    /// The article's properties its page does not read: what resolution and story grouping read (the page shows their
    /// outcome: the terms, the source, the captures), its capture's own format (each capture's is shown), and what is
    /// made from the body (hashed as <see cref="Article.Body"/>).
    /// </summary>
    internal static readonly string[] NotShown =
    [
        nameof(Article.Format), nameof(Article.Section), nameof(Article.Entities), nameof(Article.NounsNamedLikePlaces),
        nameof(Article.TownsNamedAsPlaces), nameof(Article.AcronymTerms), nameof(Article.Aliases),
        nameof(Article.StoryAnchor), nameof(Article.PageSample), nameof(Article.BodyText), nameof(Article.Figures),
    ];

    // A lead figure is the same object across a preview's rebuilds while its capture is unchanged: walked once.
    private static readonly ConditionalWeakTable<Figure, StrongBox<UInt128>> LeadKeys = new();

    /// <param name="facts">The map (for the layout's salt).</param>
    /// <param name="factory">The page factory the page would be rendered with (its site and index).</param>
    /// <param name="site">The hash of the factory's site view, taken once per build.</param>
    /// <param name="article">The article.</param>
    /// <param name="body">The hash of its body's blocks.</param>
    /// <param name="related">The related articles the page lists.</param>
    /// <param name="elsewhere">The syndicated copies the page lists.</param>
    public static UInt128 Of(PageFacts facts, PageFactory factory, UInt128 site, Article article, UInt128 body, IReadOnlyList<Article> related, IReadOnlyList<Article> elsewhere)
    {
        var hash = new ContentHash().Add(facts.LayoutSalt("article")).Add(site)
            .Add(article.SourcePath).Add(article.Title).Add(article.Standfirst).Add(article.Byline).Add(article.SourceName)
            .Add(article.CanonicalUrl).Add(Day(article.Published)).Add((int)article.PublishedConfidence).Add(Day(article.Captured))
            .Add(article.Dateline).Add(body).Add(article.Wire).Add(article.Permalink).Add(article.Versions.Count)
            .Add(article.Lead is { } lead ? LeadKeys.GetValue(lead, static f => new(ViewHasher.Of(f))).Value : 0);
        Strings(hash, article.Captions);
        Strings(hash, article.Tags);
        Strings(hash, article.Elsewhere);
        hash.Add(article.Captures.Count);
        foreach (var capture in article.Captures)
        {
            ViewHasher.Add(hash, capture);
        }

        var index = factory.Index;
        foreach (var term in index.TermsOf(article))
        {
            hash.Add((int)term.Kind).Add(term.Name).Add(term.Slug).Add(term.Articles.Count); // the address is kind and slug
        }

        hash.Add(article.SourceName is { } source ? index.Find(Analysis.Index.TermKind.Source, source)?.Slug : null);
        Summaries(hash, factory, related);
        Summaries(hash, factory, elsewhere);
        return hash.Value;
    }

    private static long Day(DateOnly? date) => date?.DayNumber ?? -1;

    private static void Strings(ContentHash hash, IReadOnlyList<string> values)
    {
        hash.Add(values.Count);
        foreach (var value in values)
        {
            hash.Add(value);
        }
    }

    private static void Summaries(ContentHash hash, PageFactory factory, IReadOnlyList<Article> articles)
    {
        hash.Add(articles.Count);
        foreach (var article in articles)
        {
            hash.Add(((IViewHashed)factory.Summary(article)).ViewHash);
        }
    }
}
