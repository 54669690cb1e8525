using Archive.Core.Learning;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// The numbers the HTML reader weighs a page's DOM by (<see cref="ContentScorer"/>, <see cref="ContentCleaner"/> and
/// the retry of <see cref="HtmlCaptureReader"/>): how a paragraph scores, how its score decays up its ancestors, what a
/// tag, a class/id hint or <c>itemprop=articleBody</c> adds, how link density scales a candidate, when an ancestor that
/// several strong candidates share wins, and which siblings join the best candidate.
/// <para>
/// Provenance of the defaults: they are the hand-set values the scorer has had since it was written (in the spirit of
/// Readability's), set while reading the 88 extraction dev pages (../shared/eval/extraction/dev), not fitted by a command.
/// <c>archive train-html --pages LIST --out FILE --seed 1</c> (<see cref="Learning.ContentScoringSearch"/>) fits them by
/// coordinate search on pages with a hand-made body (<c>truth.txt</c>), maximising the extraction benchmark's 4-gram
/// shingle F1. On those 88 pages (2026-12-06, <c>python3 tools/eval/cv.py --what html --refit</c>, 5 folds by host) the
/// values refitted per fold scored CV 0.985 (folds .988 .991 .987 .974 .986) against 0.986 for these (folds .989 .994 .987
/// .974 .985), while the fit on all 88 pages raised their dev figure from 0.986 to 0.987 (content hints 17, link density
/// weight 2): a dev gain that does not hold on unseen hosts, so these values stay the default (docs/extraction.md). A file
/// written by <c>train-html</c> is read with <c>extract --html-scoring FILE</c>.
/// </para>
/// </summary>
internal sealed record ContentScoring
{
    /// <summary>The values the reader uses by default.</summary>
    public static ContentScoring Default { get; } = new();

    /// <summary>Characters of text from which an element counts as a paragraph.</summary>
    public int MinParagraphLength { get; init; } = 25;

    /// <summary>What any paragraph scores before its commas and length.</summary>
    public double ParagraphBase { get; init; } = 1;

    /// <summary>What each comma of a paragraph adds.</summary>
    public double CommaWeight { get; init; } = 1;

    /// <summary>Characters per point of a paragraph's length score.</summary>
    public int LengthUnit { get; init; } = 100;

    /// <summary>The most a paragraph's length adds.</summary>
    public int LengthCap { get; init; } = 3;

    /// <summary>How many ancestors (the parent first) a paragraph's score reaches.</summary>
    public int AncestorLevels { get; init; } = 5;

    /// <summary>The grandparent's share of a paragraph's score is one over this (the parent gets it whole).</summary>
    public double GrandparentDivider { get; init; } = 2;

    /// <summary>From the third ancestor up, the share is one over this times the level.</summary>
    public double LevelDivider { get; init; } = 3;

    /// <summary>Base score of a div.</summary>
    public double DivBase { get; init; } = 5;

    /// <summary>Base score of an article element.</summary>
    public double ArticleBase { get; init; } = 8;

    /// <summary>Base score of a main element.</summary>
    public double MainBase { get; init; } = 5;

    /// <summary>Base score of pre, td and blockquote.</summary>
    public double CellBase { get; init; } = 3;

    /// <summary>Base score of lists, list items, forms and address (usually negative).</summary>
    public double ListBase { get; init; } = -3;

    /// <summary>Base score of headings and th (usually negative).</summary>
    public double HeadingBase { get; init; } = -5;

    /// <summary>What <c>itemprop=articleBody</c> adds.</summary>
    public double ArticleBodyBonus { get; init; } = 30;

    /// <summary>What a class or id naming content adds (<see cref="ClassHints"/>).</summary>
    public double ContentHintWeight { get; init; } = 25;

    /// <summary>What a class or id naming page chrome takes away.</summary>
    public double ChromeHintWeight { get; init; } = 25;

    /// <summary>A candidate's score is multiplied by one minus this times its link density.</summary>
    public double LinkDensityWeight { get; init; } = 1;

    /// <summary>A runner-up is a strong candidate when it scores at least this share of the best.</summary>
    public double SharedAncestorShare { get; init; } = 0.75;

    /// <summary>How many strong candidates must share an ancestor of the best for that ancestor to win.</summary>
    public int SharedAncestorCount { get; init; } = 3;

    /// <summary>The best candidate climbs to a better-scoring ancestor through parents scoring at least its score over this.</summary>
    public double ClimbDivider { get; init; } = 3;

    /// <summary>The least score of a sibling that joins the best candidate.</summary>
    public double SiblingFloor { get; init; } = 10;

    /// <summary>A sibling joins the best candidate when it scores at least this share of it.</summary>
    public double SiblingShare { get; init; } = 0.2;

    /// <summary>A sibling with the best candidate's class gains this share of the best candidate's score.</summary>
    public double SameClassBonus { get; init; } = 0.2;

    /// <summary>A prose sibling (p, div, blockquote, pre) longer than this joins when its links are few.</summary>
    public int SiblingProseLength { get; init; } = 80;

    /// <summary>The link density under which a long prose sibling joins.</summary>
    public double SiblingLinkDensity { get; init; } = 0.25;

    /// <summary>Inside the content, a list (or a box of list items) with more links than this share is a list of links.</summary>
    public double ListLinkDensity { get; init; } = 0.3;

    /// <summary>Inside the content, a box of at most one paragraph with more links than this share is a box of links.</summary>
    public double BoxLinkDensity { get; init; } = 0.33;

    /// <summary>The link share a list or box named like content may reach before it is one of links.</summary>
    public double ContentBoxLinkDensity { get; init; } = 0.5;

    /// <summary>Below this many characters of body text a pass is retried less strictly.</summary>
    public int RetryBelowLength { get; init; } = 500;

    /// <summary>Every value by name, in file order, with the range the fitting command searches.</summary>
    internal static IReadOnlyList<ScoringParameter> Parameters { get; } =
    [
        new("min-paragraph-length", p => p.MinParagraphLength, (p, v) => p with { MinParagraphLength = (int)Math.Round(v) }, 10, 80, true),
        new("paragraph-base", p => p.ParagraphBase, (p, v) => p with { ParagraphBase = v }, 0, 5, false),
        new("comma-weight", p => p.CommaWeight, (p, v) => p with { CommaWeight = v }, 0, 3, false),
        new("length-unit", p => p.LengthUnit, (p, v) => p with { LengthUnit = (int)Math.Round(v) }, 25, 400, true),
        new("length-cap", p => p.LengthCap, (p, v) => p with { LengthCap = (int)Math.Round(v) }, 0, 10, true),
        new("ancestor-levels", p => p.AncestorLevels, (p, v) => p with { AncestorLevels = (int)Math.Round(v) }, 1, 8, true),
        new("grandparent-divider", p => p.GrandparentDivider, (p, v) => p with { GrandparentDivider = v }, 1, 6, false),
        new("level-divider", p => p.LevelDivider, (p, v) => p with { LevelDivider = v }, 1, 8, false),
        new("div-base", p => p.DivBase, (p, v) => p with { DivBase = v }, -10, 20, false),
        new("article-base", p => p.ArticleBase, (p, v) => p with { ArticleBase = v }, -10, 40, false),
        new("main-base", p => p.MainBase, (p, v) => p with { MainBase = v }, -10, 40, false),
        new("cell-base", p => p.CellBase, (p, v) => p with { CellBase = v }, -10, 20, false),
        new("list-base", p => p.ListBase, (p, v) => p with { ListBase = v }, -20, 10, false),
        new("heading-base", p => p.HeadingBase, (p, v) => p with { HeadingBase = v }, -20, 10, false),
        new("article-body-bonus", p => p.ArticleBodyBonus, (p, v) => p with { ArticleBodyBonus = v }, 0, 100, false),
        new("content-hint-weight", p => p.ContentHintWeight, (p, v) => p with { ContentHintWeight = v }, 0, 80, false),
        new("chrome-hint-weight", p => p.ChromeHintWeight, (p, v) => p with { ChromeHintWeight = v }, 0, 80, false),
        new("link-density-weight", p => p.LinkDensityWeight, (p, v) => p with { LinkDensityWeight = v }, 0, 3, false),
        new("shared-ancestor-share", p => p.SharedAncestorShare, (p, v) => p with { SharedAncestorShare = v }, 0.3, 1, false),
        new("shared-ancestor-count", p => p.SharedAncestorCount, (p, v) => p with { SharedAncestorCount = (int)Math.Round(v) }, 1, 5, true),
        new("climb-divider", p => p.ClimbDivider, (p, v) => p with { ClimbDivider = v }, 1, 10, false),
        new("sibling-floor", p => p.SiblingFloor, (p, v) => p with { SiblingFloor = v }, 0, 40, false),
        new("sibling-share", p => p.SiblingShare, (p, v) => p with { SiblingShare = v }, 0.05, 1, false),
        new("same-class-bonus", p => p.SameClassBonus, (p, v) => p with { SameClassBonus = v }, 0, 1, false),
        new("sibling-prose-length", p => p.SiblingProseLength, (p, v) => p with { SiblingProseLength = (int)Math.Round(v) }, 20, 300, true),
        new("sibling-link-density", p => p.SiblingLinkDensity, (p, v) => p with { SiblingLinkDensity = v }, 0, 1, false),
        new("list-link-density", p => p.ListLinkDensity, (p, v) => p with { ListLinkDensity = v }, 0.05, 1, false),
        new("box-link-density", p => p.BoxLinkDensity, (p, v) => p with { BoxLinkDensity = v }, 0.05, 1, false),
        new("content-box-link-density", p => p.ContentBoxLinkDensity, (p, v) => p with { ContentBoxLinkDensity = v }, 0.05, 1, false),
        new("retry-below-length", p => p.RetryBelowLength, (p, v) => p with { RetryBelowLength = (int)Math.Round(v) }, 0, 2000, true),
    ];

    /// <summary>Writes every value (a file <see cref="Read"/> reads back to an equal record).</summary>
    public void Write(TextWriter writer, string provenance) =>
        ModelFile.Write(
            writer,
            "HTML content scoring: the ContentScoring values (name, value).",
            provenance,
            Parameters.Select(p => (p.Name, p.Get(this))));

    /// <summary>Reads a file of named values; a value it does not state keeps its default.</summary>
    public static ContentScoring Read(TextReader reader)
    {
        var file = ModelFile.Read(reader, "content scoring file", [], Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal));
        var scoring = Default;
        foreach (var parameter in Parameters)
        {
            if (file.Scalars.TryGetValue(parameter.Name, out var value))
            {
                scoring = parameter.With(scoring, value);
            }
        }

        return scoring;
    }

    public static ContentScoring ReadFile(string path) => ModelFile.ReadFile(path, Read);
}
