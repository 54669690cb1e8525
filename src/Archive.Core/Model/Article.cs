namespace Archive.Core.Model;

/// <summary>
/// A normalised article: what both capture readers (text dumps and saved HTML) and the Markdown reader produce.
/// Immutable; later steps (sidecar overrides, analysis, permalinks) make changed copies with <c>with</c>.
/// </summary>
public sealed record Article
{
    /// <summary>Path of the capture relative to the input folder, with '/' separators.</summary>
    public required string SourcePath { get; init; }

    public CaptureFormat Format { get; init; }

    public string Title { get; init; } = "";

    public string? Standfirst { get; init; }

    public string? Byline { get; init; }

    /// <summary>The publisher ("BBC News"), not the file.</summary>
    public string? SourceName { get; init; }

    public string? CanonicalUrl { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>Whether <see cref="Published"/> was stated by the page or inferred from its text.</summary>
    public DateConfidence PublishedConfidence { get; init; }

    public DateOnly? Captured { get; init; }

    public string? Section { get; init; }

    /// <summary>A place-and-date line such as "PARIS, March 30 (Reuters) -", kept out of the body.</summary>
    public string? Dateline { get; init; }

    public IReadOnlyList<Block> Body { get; init; } = [];

    /// <summary>The image the page names as its own (og:image), shown above the body when the body does not hold it.</summary>
    public Figure? Lead { get; init; }

    /// <summary>Image and video captions, kept out of the body.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    /// <summary>Tags as found (publisher topics, sidecar, front matter); merged and slugged by analysis.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<EntityMention> Entities { get; init; } = [];

    /// <summary>
    /// Town names of the gazetteer that this article, in a language that capitalises its nouns, writes after an article
    /// that is never a pronoun ("am Ende", "im Zug"), lower-cased: common nouns of its language, which no article in it names as a place.
    /// </summary>
    public IReadOnlyList<string> NounsNamedLikePlaces { get; init; } = [];

    /// <summary>
    /// Town names of the gazetteer that this article, in a language that capitalises its nouns, writes right after a
    /// preposition of place with no article ("in Essen", "nach Zug"), lower-cased: used as towns there.
    /// </summary>
    public IReadOnlyList<string> TownsNamedAsPlaces { get; init; } = [];

    /// <summary>
    /// Acronyms this article defines by a term written in lower case ("alternative dispute resolution (ADR)"), sorted:
    /// terms of a language, which no article's mention of them names as an entity.
    /// </summary>
    public IReadOnlyList<string> AcronymTerms { get; init; } = [];

    /// <summary>Old URLs of this article (from a sidecar) that should redirect to its permalink.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Every capture of this article's story, in source path order, when it has more than one; set by story grouping.</summary>
    public IReadOnlyList<CaptureRef> Captures { get; init; } = [];

    /// <summary>The capture whose title and date make the permalink of a story of several captures (its earliest); null for one capture.</summary>
    public CaptureRef? StoryAnchor { get; init; }

    /// <summary>The source paths of other stories carrying this story's text under another publisher (syndicated copies).</summary>
    public IReadOnlyList<string> Elsewhere { get; init; } = [];

    /// <summary>The story's texts over time, oldest first, when its captures of one format differ; set by story grouping.</summary>
    public IReadOnlyList<StoryVersion> Versions { get; init; } = [];

    /// <summary>The original source (a wire such as "AP") that this story's captures, or its copies elsewhere, name; set by story grouping.</summary>
    public string? Wire { get; init; }

    /// <summary>
    /// For a text dump, a bottom-k sample of the shingles of its whole text (not only the body extraction kept), in
    /// ascending order (<c>Analysis.Stories.PageSample</c>): story identity finds a saved page's body in it even when
    /// the dump's body is the wrong block. Empty for other formats.
    /// </summary>
    public IReadOnlyList<ulong> PageSample { get; init; } = [];

    /// <summary>Site-relative URL path such as <c>/2014/03/30/ukraine-crisis/</c>; set by analysis.</summary>
    public string? Permalink { get; init; }

    /// <summary>The body as plain text, blocks separated by blank lines (what <c>extract</c> prints).</summary>
    public string BodyText => string.Join("\n\n", Body.Where(b => b.Kind != BlockKind.Figure).Select(b => b.Text));

    /// <summary>The figures of the body, in order, then the lead image.</summary>
    public IEnumerable<Figure> Figures => Body.Select(b => b.Figure).OfType<Figure>().Concat(Lead is null ? [] : [Lead]);
}
