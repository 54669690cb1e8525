using System.Runtime.InteropServices;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Archive.Core.Diagnostics;
using Archive.Core.Model;
using Archive.Core.Normalization.Dates;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Reads saved HTML pages with AngleSharp: metadata (<see cref="MetadataReader"/>), a content scorer over
/// the DOM (<see cref="ContentScorer"/>), structure kept as plain-text blocks (<see cref="BlockBuilder"/>),
/// and a report of what was left out. Never throws on page content.
/// </summary>
public sealed class HtmlCaptureReader : ICaptureReader
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsKeepingSourceReferences = true, IsScripting = true };

    private readonly ContentScoring _scoring;

    static HtmlCaptureReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A reader that weighs pages by the default <see cref="ContentScoring"/>.</summary>
    public HtmlCaptureReader()
        : this(ContentScoring.Default)
    {
    }

    /// <summary>A reader that weighs pages by <paramref name="scoring"/> (a file of <c>train-html</c>, say).</summary>
    internal HtmlCaptureReader(ContentScoring scoring) => _scoring = scoring;

    public CaptureResult Read(CaptureInput input, SourceRules rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);
        try
        {
            return ReadPage(input, rules, _scoring);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var article = new Article { SourcePath = input.Path, Format = CaptureFormat.Html };
            var diagnostic = Diagnostic.Error("ARC201", "The HTML page could not be read: " + exception.Message, input.Path);
            return new CaptureResult(article, [], [diagnostic]);
        }
    }

    private static CaptureResult ReadPage(CaptureInput input, SourceRules rules, ContentScoring scoring)
    {
        using var document = Parse(input);
        var metadata = MetadataReader.Read(document);
        var published = FindPublished(document, metadata.CanonicalUrl);
        var report = new ExtractionReport();
        var blocks = new List<Block>();
        var captions = new List<string>();
        var found = new BodyFindings();
        if (document.Body is { } body)
        {
            (blocks, captions, found) = ExtractBody(PreparedBody.Of(document, body, rules), metadata, scoring, report);
        }

        var article = new Article
        {
            SourcePath = input.Path,
            Format = CaptureFormat.Html,
            Title = metadata.Title,
            Standfirst = Standfirst(metadata.Description, blocks.Where(b => b.Kind != BlockKind.Figure).ToList()),
            Byline = metadata.Byline ?? found.Byline,
            SourceName = metadata.SourceName,
            CanonicalUrl = metadata.CanonicalUrl,
            Published = published?.Day,
            PublishedConfidence = published?.Confidence ?? DateConfidence.Exact,
            Section = metadata.Section,
            Dateline = found.Dateline,
            Body = blocks,
            Captions = captions,
            Tags = metadata.Tags,
            Lead = metadata.Image is { Length: > 0 } image ? new Figure(image, null, null) : null,
        };
        var (inlined, resources) = InlineImages.Extract(article, document.BaseUrl?.Href);
        return new CaptureResult(inlined, report.Dropped, []) { Resources = resources };
    }

    private static IHtmlDocument Parse(CaptureInput input)
    {
        var parser = new HtmlParser(ParserOptions);
        var text = input.Text ?? "";
        if (NestingGuard.IsTooDeep(text))
        {
            return parser.ParseDocument(NestingGuard.Flatten(text));
        }

        if (input.Bytes.IsEmpty)
        {
            return parser.ParseDocument(text);
        }

        using var stream = MemoryMarshal.TryGetArray(input.Bytes, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(input.Bytes.ToArray(), writable: false);
        return parser.ParseDocument(stream);
    }

    /// <summary>For diagnostics: how the publication day of a saved page is chosen, with all its candidates.</summary>
    internal static string ExplainDate(CaptureInput input)
    {
        using var document = Parse(input);
        return HtmlDateRanking.Describe(document, MetadataReader.Read(document).CanonicalUrl);
    }

    private static PublishedDate? FindPublished(IHtmlDocument document, string? url)
    {
        try
        {
            return PublishedDateFinder.FindDayInHtml(document, url);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>
    /// A page parsed once for reading its body again and again under different <see cref="ContentScoring"/> (the search of
    /// <c>train-html</c>); null when it has no body. The page must be disposed.
    /// </summary>
    internal static ParsedPage? Prepare(CaptureInput input, SourceRules rules)
    {
        var document = Parse(input);
        if (document.Body is not { } body)
        {
            document.Dispose();
            return null;
        }

        return new ParsedPage(document, MetadataReader.Read(document), PreparedBody.Of(document, body, rules));
    }

    /// <summary>The body text (figures left out, cleaned as the capture processor cleans it: <see cref="Article.BodyText"/>) of a prepared page read with <paramref name="scoring"/>.</summary>
    internal static string BodyText(ParsedPage page, ContentScoring scoring)
    {
        var (blocks, _, _) = ExtractBody(page.Body, page.Metadata, scoring, new ExtractionReport());
        return string.Join("\n\n", blocks.Where(b => b.Kind != BlockKind.Figure).Select(b => Core.Text.TextCleaner.Clean(b.Text).Trim()).Where(t => t.Length > 0));
    }

    /// <summary>
    /// Runs the extraction, and again less strictly when it finds too little (keeping chrome-named boxes,
    /// then ignoring class hints, then skipping the cleaning inside the content), like Readability's retries.
    /// </summary>
    private static (List<Block> Blocks, List<string> Captions, BodyFindings Found) ExtractBody(PreparedBody page, PageMetadata metadata, ContentScoring scoring, ExtractionReport finalReport)
    {
        var (body, drop, keep, rawStats) = page;
        PruneOptions[] passes =
        [
            new(drop, keep) { Scoring = scoring },
            new(drop, keep) { Scoring = scoring, StripUnlikely = false },
            new(drop, keep) { Scoring = scoring, StripUnlikely = false, UseClassWeights = false },
            new(drop, keep) { Scoring = scoring, StripUnlikely = false, UseClassWeights = false, CleanConditionally = false },
        ];

        (List<Block> Blocks, List<string> Captions, BodyFindings Found, ExtractionReport Report, int Length)? best = null;
        foreach (var options in passes)
        {
            var report = new ExtractionReport();
            var (blocks, captions, found) = ExtractOnce(body, metadata, rawStats, options, report);
            var length = blocks.Sum(b => b.Text.Length);
            if (best is null || length > best.Value.Length)
            {
                best = (blocks, captions, found, report, length);
            }

            if (length >= scoring.RetryBelowLength)
            {
                break;
            }
        }

        foreach (var dropped in best!.Value.Report.Dropped)
        {
            finalReport.Drop(dropped.Text, dropped.Reason, dropped.Line);
        }

        return (best.Value.Blocks, best.Value.Captions, best.Value.Found);
    }

    private static (List<Block> Blocks, List<string> Captions, BodyFindings Found) ExtractOnce(IElement body, PageMetadata metadata, PageStats rawStats, PruneOptions options, ExtractionReport report)
    {
        var mask = PagePruner.Prune(body, rawStats, options);
        var stats = PageStats.Compute(body, mask.Removed);
        var roots = ContentScorer.Select(body, mask, stats, options);
        roots = AddKeptElements(roots, options.Keep);
        var siteHost = Uri.TryCreate(metadata.CanonicalUrl, UriKind.Absolute, out var canonical) ? BlockBuilder.SiteHost(canonical.Host) : null;
        if (options.CleanConditionally)
        {
            ContentCleaner.Clean(roots, mask, stats, options, siteHost);
        }

        foreach (var (element, reason) in mask.Reasons)
        {
            if (!HtmlTags.Junk.Contains(element.LocalName))
            {
                report.Drop(element, reason);
            }
        }

        ReportOutside(roots, body, mask, report);
        var (blocks, linkShares, captions, figures) = BlockBuilder.Build(roots, mask, report, siteHost);
        var found = new BodyFindings();
        var kept = BodyFilter.Apply(blocks, linkShares, metadata, captions, report, found);
        return (PlacedFigure.Place(blocks, kept, figures), captions, found);
    }

    /// <summary>Elements a source's keep selectors name join the content when the scorer left them out.</summary>
    private static IReadOnlyList<IElement> AddKeptElements(IReadOnlyList<IElement> roots, IReadOnlySet<IElement> keep)
    {
        if (keep.Count == 0)
        {
            return roots;
        }

        var result = roots.ToList();
        foreach (var element in keep)
        {
            if (result.Any(root => root.Contains(element)) || keep.Any(other => other != element && other.Contains(element)))
            {
                continue;
            }

            result.RemoveAll(element.Contains);
            result.Add(element);
        }

        result.Sort((a, b) => a == b ? 0 : a.CompareDocumentPosition(b).HasFlag(DocumentPositions.Following) ? -1 : 1);
        return result;
    }

    /// <summary>One report entry per region outside the content: the siblings of each ancestor of the content roots.</summary>
    private static void ReportOutside(IReadOnlyList<IElement> roots, IElement body, PageMask mask, ExtractionReport report)
    {
        if (roots.Count == 0 || roots[0] == body)
        {
            return;
        }

        var inside = new HashSet<IElement>(roots, ReferenceEqualityComparer.Instance);
        for (var node = roots[0].ParentElement; node is not null; node = node.ParentElement)
        {
            inside.Add(node);
            if (node == body)
            {
                break;
            }
        }

        foreach (var ancestor in inside.ToList())
        {
            if (roots.Any(root => ReferenceEquals(root, ancestor)))
            {
                continue;
            }

            for (var child = ancestor.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                if (!inside.Contains(child) && !mask.IsRemoved(child) && !HtmlTags.Junk.Contains(child.LocalName) && !roots.Any(child.Contains))
                {
                    report.Drop(child, "outside the article content");
                }
            }
        }
    }

    /// <summary>The meta description, unless it only repeats the start of the body.</summary>
    private static string? Standfirst(string? description, List<Block> blocks)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }

        var key = HtmlText.Key(description.TrimEnd('.', '…', ' '));
        if (key.Length == 0)
        {
            return null;
        }

        var start = HtmlText.Key(string.Join(" ", blocks.Take(2).Select(b => b.Text)));
        return start.StartsWith(key, StringComparison.Ordinal) || (key.Length > 40 && start.Contains(key, StringComparison.Ordinal)) ? null : description;
    }

    /// <summary>A parsed page with what its body is read from.</summary>
    internal sealed class ParsedPage(IHtmlDocument document, PageMetadata metadata, PreparedBody body) : IDisposable
    {
        public PageMetadata Metadata { get; } = metadata;

        public PreparedBody Body { get; } = body;

        public void Dispose() => document.Dispose();
    }

    /// <summary>What every pass over a page's body starts from: the body, the source rules' elements and the raw statistics.</summary>
    internal sealed record PreparedBody(IElement Body, IReadOnlySet<IElement> Drop, IReadOnlySet<IElement> Keep, PageStats RawStats)
    {
        public static PreparedBody Of(IDocument document, IElement body, SourceRules rules) => new(
            body,
            SelectorRules.Match(document, rules.DropSelectors),
            SelectorRules.Match(document, rules.KeepSelectors),
            PageStats.Compute(body, new HashSet<IElement>(ReferenceEqualityComparer.Instance)));
    }
}
