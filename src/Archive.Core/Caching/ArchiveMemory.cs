using Archive.Core.Analysis.Index;
using Archive.Core.Analysis.Sources;
using Archive.Core.Model;

namespace Archive.Core.Caching;

/// <summary>
/// What a long-running preview keeps of its last build beyond the disk cache: each article as analysed and
/// as resolved, the archive index, the theme's salt and the index pages it rendered. When an edit leaves every
/// article's <see cref="ArticleShape"/> alone, the next build patches the index instead of grouping the archive
/// again and re-renders only the edited articles' pages and the feeds.
/// </summary>
internal sealed class ArchiveMemory
{
    public required IReadOnlyDictionary<string, (Article Analysed, Article Resolved)> Articles { get; init; }

    /// <summary>The source paths of <see cref="Articles"/> in the order they were resolved (archive-wide votes may break ties by order).</summary>
    public required IReadOnlyList<string> Order { get; init; }

    public required ArchiveIndex Index { get; init; }

    public required UInt128 ThemeSalt { get; init; }

    /// <summary>The generator version and site.yml the articles were resolved under.</summary>
    public required UInt128 Settings { get; init; }

    public required IReadOnlyList<string> ArchivePages { get; init; }

    /// <summary>The page dependency map (<see cref="Rendering.Pages.PageFacts"/>: lists and article pages) of the build that left this memory.</summary>
    public required IReadOnlyDictionary<string, Rendering.Pages.PageFacts.Entry> PageFacts { get; init; }
}

/// <summary>The articles an edit changed, when nothing that other pages read of them changed; the index patched to hold them.</summary>
public sealed class ArchiveDelta(IReadOnlySet<string> changed, ArchiveIndex index)
{
    /// <summary>Source paths of the articles whose own page must be rendered again.</summary>
    public IReadOnlySet<string> Changed => changed;

    public ArchiveIndex Index => index;
}

/// <summary>
/// What pages other than an article's own read of it: its address, what index pages and feeds list of it, and
/// its tags and entities (which decide related articles, entity merging and the term pages). The openings of its long
/// paragraphs, which decide the source of a text dump that shares them, are checked archive-wide by
/// <c>IncrementalBuild.ReuseResolution</c>. Two analysed
/// versions of an article with the same shape resolve the same way and leave every index page as it was.
/// </summary>
internal static class ArticleShape
{
    public static bool Same(Article a, Article b) =>
        SameEntityInputs(a, b) &&
        a.Title == b.Title &&
        a.Standfirst == b.Standfirst &&
        a.SourceName == b.SourceName &&
        a.CanonicalUrl == b.CanonicalUrl &&
        a.Published == b.Published &&
        a.StoryAnchor == b.StoryAnchor &&
        a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal);

    /// <summary>
    /// Whether two analysed versions of an article give the archive-wide entity resolution the same input: all that
    /// <c>EntityCanonicaliser</c> reads of an article is its path, its mentions, its place-like nouns and its defined terms.
    /// </summary>
    public static bool SameEntityInputs(Article a, Article b) =>
        a.SourcePath == b.SourcePath &&
        a.NounsNamedLikePlaces.SequenceEqual(b.NounsNamedLikePlaces, StringComparer.Ordinal) &&
        a.TownsNamedAsPlaces.SequenceEqual(b.TownsNamedAsPlaces, StringComparer.Ordinal) &&
        a.AcronymTerms.SequenceEqual(b.AcronymTerms, StringComparer.Ordinal) &&
        a.Entities.Count == b.Entities.Count &&
        a.Entities.Zip(b.Entities).All(p => SameMention(p.First, p.Second));

    /// <summary>
    /// Whether two analysed versions of an article give the archive-wide source resolution (<c>SourceResolver</c>) the
    /// same input: its address, its own source name, its title and the openings of its long paragraphs.
    /// </summary>
    public static bool SameSourceInputs(Article a, Article b) =>
        a.SourcePath == b.SourcePath &&
        a.CanonicalUrl == b.CanonicalUrl &&
        a.SourceName == b.SourceName &&
        a.Title == b.Title &&
        (ReferenceEquals(a.Body, b.Body) || SourceResolver.ParagraphKeys(a).SequenceEqual(SourceResolver.ParagraphKeys(b), StringComparer.Ordinal));

    // Every field the archive-wide resolution reads: the kind model's readings and the text's language decide kinds too.
    private static bool SameMention(EntityMention a, EntityMention b) =>
        a.Name == b.Name && a.Kind == b.Kind && a.Count == b.Count && a.Misc == b.Misc && a.ReadAsOrganisation == b.ReadAsOrganisation
        && a.ReadAsPlace == b.ReadAsPlace && a.InForeignText == b.InForeignText
        && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal);
}
