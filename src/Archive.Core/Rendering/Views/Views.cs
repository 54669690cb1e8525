// View models handed to templates (Scriban sees them as snake_case: ArticleSummary.Title → title).
// Every string here is plain text; the template context escapes it on output.
namespace Archive.Core.Rendering.Views;

public sealed record SiteView(string Title, string Description, string BaseUrl, string Language);

public sealed record PageView(string Title, string Url, string Canonical, string? Description, string Kind)
{
    public RawHtml? JsonLd { get; init; }

    public string OgType { get; init; } = "website";

    public string? PrevUrl { get; init; }

    public string? NextUrl { get; init; }

    /// <summary>The absolute URL of the page's image (og:image), when it has one the site keeps.</summary>
    public string? Image { get; init; }

    /// <summary>An Atom feed for this page's articles (tag pages), besides the site's.</summary>
    public string? FeedUrl { get; init; }
}

public sealed record LinkView(string Name, string Url, int Count = 0);

/// <summary>A filter of the search page: its heading and its name in the URL and the index ("person").</summary>
public sealed record SearchFilterView(string Label, string Name);

/// <summary>
/// An article in a list. A class, not a record: Scriban's <c>for</c> compares each item with the one before it
/// (for <c>for.changed</c>), and comparing six strings per item of every list page was a measurable share of rendering.
/// Listed on a dozen pages or more, it hashes itself once for their signatures.
/// </summary>
public sealed class ArticleSummary(string title, string url, string? date, string? dateIso, string? source, string? standfirst) : Pages.IViewHashed
{
    // A reference, so that a thread never reads a half-written 128-bit value.
    private System.Runtime.CompilerServices.StrongBox<UInt128>? _hash;

    public string Title { get; } = title;

    public string Url { get; } = url;

    public string? Date { get; } = date;

    public string? DateIso { get; } = dateIso;

    public string? Source { get; } = source;

    public string? Standfirst { get; } = standfirst;

    // Every public member, by name, as the generic walk would; computed at most a few times when threads race, all equal.
    UInt128 Pages.IViewHashed.ViewHash
    {
        get
        {
            var hash = Volatile.Read(ref _hash);
            if (hash is null)
            {
                hash = new(new Engine.ContentHash().Add(nameof(ArticleSummary))
                    .Add(nameof(Date)).Add(Date).Add(nameof(DateIso)).Add(DateIso).Add(nameof(Source)).Add(Source)
                    .Add(nameof(Standfirst)).Add(Standfirst).Add(nameof(Title)).Add(Title).Add(nameof(Url)).Add(Url).Value);
                Volatile.Write(ref _hash, hash);
            }

            return hash.Value;
        }
    }
}

public sealed record PagerView(int Page, int Pages, string? PrevUrl, string? NextUrl, string FirstUrl)
{
    public bool Multiple => Pages > 1;
}

public sealed record ArticleView(
    string Title,
    string? Standfirst,
    string? Byline,
    string? Source,
    string? SourceUrl,
    string? OriginalUrl,
    string? Date,
    string? DateIso,
    string? DateUrl,
    bool DateInferred,
    string? Captured,
    string? CapturedIso,
    string? Dateline,
    RawHtml Body,
    IReadOnlyList<string> Captions,
    IReadOnlyList<LinkView> Tags,
    IReadOnlyList<LinkView> People,
    IReadOnlyList<LinkView> Places,
    IReadOnlyList<LinkView> Organisations,
    IReadOnlyList<ArticleSummary> Related,
    IReadOnlyList<CaptureView> Captures,
    IReadOnlyList<ArticleSummary> Elsewhere)
{
    /// <summary>The body cut at its figures (see <see cref="BodyHtml.Sections"/>); <see cref="Body"/> is its text alone.</summary>
    public IReadOnlyList<BodySectionView> Sections { get; init; } = [new(Body, null)];

    /// <summary>The page's lead image, when the archive keeps it and the body does not show it already.</summary>
    public FigureView? Lead { get; init; }

    /// <summary>The publication year, for the search index's year filter (a view property rather than a template string function, which the native build's trimmer drops).</summary>
    public string? DateYear => DateIso?[..4];

    /// <summary>The original source (a wire) the story's captures or its copies name.</summary>
    public string? Wire { get; init; }

    /// <summary>The story's versions, oldest first, when its text changed between captures; empty otherwise.</summary>
    public IReadOnlyList<VersionView> Versions { get; init; } = [];
}

/// <summary>One capture of a story, as the article page lists it.</summary>
public sealed record CaptureView(string? Captured, string? CapturedIso, string Format, string File, string? OriginalUrl, string? DuplicateOf);

/// <summary>
/// One version of a story, as its Versions section and its own page show it: its number (1 the oldest), its page,
/// when it was first captured, the captures carrying it, and what changed from the version before (null for the first).
/// </summary>
public sealed record VersionView(int Number, string? Url, string? Captured, string? CapturedIso, IReadOnlyList<string> Files, string Title, DiffView? Changes);

/// <summary>What changed between two versions: the headline first, then the paragraphs, and a one-line summary.</summary>
public sealed record DiffView(ChangeView? Headline, IReadOnlyList<ChangeView> Paragraphs, int Unchanged, string Summary);

/// <summary>
/// One changed paragraph or headline: <paramref name="Kind"/> is "added", "removed" or "changed" (a CSS class),
/// <paramref name="Label"/> says so in words; the pieces marked are the words removed (before) or added (after).
/// </summary>
public sealed record ChangeView(string Kind, string Label, IReadOnlyList<Archive.Core.Analysis.Stories.TextPiece> Before, IReadOnlyList<Archive.Core.Analysis.Stories.TextPiece> After);
