using Archive.Core.Diagnostics;
using Archive.Core.Model;
using Archive.Core.Normalization.Dates;
using Archive.Core.Normalization.Text.Learning;

namespace Archive.Core.Normalization.Text;

/// <summary>
/// Reads whole-page text dumps (what a browser's copy or innerText gives) into an <see cref="Article"/>.
/// Each non-blank line is scored for prose (<see cref="ProseScorer"/>); the densest run of prose is the
/// article text (<see cref="DensestRun"/>), ending before marker lines such as "More on this story"; the header
/// above it gives headline, standfirst, byline and dateline (<see cref="HeaderFinder"/>); inside the text,
/// marker lines, glued promo rails, captions and lines a site.yml source rule drops are set aside. Every dropped line is reported with its reason.
/// </summary>
public sealed class TextCaptureReader : ICaptureReader
{
    /// <summary>Prose (in line scores) above a comment prompt or copyright line for it to end the text unconditionally.</summary>
    private const double MinTextBeforeFooter = 60;

    private readonly TextLineModel? _model;
    private readonly Dates.Learning.TextDateModel? _dateModel;

    /// <summary>The default reader: its text chosen by <see cref="TextLineModel.Default"/> (the hand rules when that is null).</summary>
    public TextCaptureReader()
        : this(TextLineModel.Default, Dates.Learning.TextDateModel.Default)
    {
    }

    /// <summary>The reader whose text is chosen by <paramref name="model"/> (the hand rules' view is one of its features); null: the hand rules.</summary>
    internal TextCaptureReader(TextLineModel? model)
        : this(model, Dates.Learning.TextDateModel.Default)
    {
    }

    /// <summary>The reader whose text is chosen by <paramref name="model"/> and whose day by <paramref name="dateModel"/>.</summary>
    /// <param name="model">Chooses the text; null: the hand rules.</param>
    /// <param name="dateModel">Chooses the publication day among the days the dump mentions; null: the hand rules.</param>
    internal TextCaptureReader(TextLineModel? model, Dates.Learning.TextDateModel? dateModel)
    {
        _model = model;
        _dateModel = dateModel;
    }

    public CaptureResult Read(CaptureInput input, SourceRules rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);
        var c = new CaptureLines(Archive.Core.Text.TextCleaner.WithoutSoftHyphens(input.Text));
        var lineRules = rules.Lines;
        var keep = ApplyRules(c, lineRules);

        var comments = BodyGuards.CommentSection(c);
        var ruleScores = RuleScores(c, keep);
        var (start, end, listFrom) = FindText(c, ruleScores, comments);
        if (_model is not null)
        {
            (start, end) = LearntTextFinder.Find(c, keep, comments, ruleScores, (start, end), listFrom, _model);
        }

        if (start < 0)
        {
            (start, end) = (c.Count, c.Count - 1); // no prose at all: every line is header or dropped
        }

        var bodyStart = HeaderFinder.Read(c, start, end);

        var body = new List<Block>();
        ReadBody(c, bodyStart, end, keep, body);
        DropRest(c, Math.Max(bodyStart, end + 1), keep, comments, body);
        var tags = TopicTagFinder.Find(c, bodyStart);

        var article = Assemble(input, c, body, tags);
        var diagnostics = lineRules.Errors.Count == 0
            ? []
            : lineRules.Errors.Select(e => Diagnostic.Warning("ARC202", $"Ignored line rule {e}", input.Path)).ToList();
        return new CaptureResult(article, Dropped(c), diagnostics);
    }

    /// <summary>Applies DropLines rules; returns the lines KeepLines rules force in.</summary>
    private static bool[]? ApplyRules(CaptureLines c, LineRules rules)
    {
        if (rules.IsEmpty)
        {
            return null;
        }

        var keep = new bool[c.Count];
        for (var i = 0; i < c.Count; i++)
        {
            var span = c.Span(i);
            if (rules.Keeps(span))
            {
                keep[i] = true;
            }
            else if (rules.Drops(span))
            {
                c.Markers[i] = TextDropReasons.SourceRule;
            }
        }

        return keep;
    }

    /// <summary>The hand rules' line scores: prose in words less a line cost, marker lines and long non-prose runs heavily negative.</summary>
    internal static double[] RuleScores(CaptureLines c, bool[]? keep)
    {
        var count = c.Count;
        var scores = new double[count];
        var run = 0;
        for (var i = 0; i < count; i++)
        {
            var score = ProseScorer.Score(c.Features[i], c.Markers[i], c.IsCaption(i));
            if (keep is not null && keep[i])
            {
                score = Math.Max(score, 1);
            }

            // A long run of lines that are no prose (menus, link lists) separates texts more than its length says.
            run = score < -1 ? run + 1 : score < 0 ? run : 0;
            scores[i] = score < 0 && run > 3 ? score * (1 + ((run - 3) / 4.0)) : score;
        }

        return scores;
    }

    /// <summary>
    /// The hand rules' text: the densest run of <paramref name="ruleScores"/> above the comment section, cut at end markers,
    /// through lists; ListFrom is the first line the list guard rails added (End + 1 when they added none).
    /// </summary>
    internal static (int Start, int End, int ListFrom) FindText(CaptureLines c, double[] ruleScores, int comments)
    {
        var count = c.Count;
        var scores = ruleScores.AsSpan();

        // Reader comments are never body: the text is looked for above the comment section.
        var limit = comments < 0 ? count : comments;
        var (start, end) = DensestRun.Find(scores[..limit]);
        if (start >= 0 && !BodyGuards.HasProse(c, start, end) && BodyGuards.HasProse(c, 0, limit - 1))
        {
            BodyGuards.KeepOnlyProse(c, scores[..limit]);
            (start, end) = DensestRun.Find(scores[..limit]);
        }

        if (start < 0)
        {
            return (start, end, end + 1);
        }

        end = CutAtEnd(c, scores, start, end);
        var listFrom = end + 1;
        end = BodyGuards.ExtendThroughLists(c, start, end, limit);
        return (start, BodyGuards.ExtendThroughClosingList(c, end, limit), listFrom);
    }

    /// <summary>
    /// Ends the text at the first end marker ("Related stories", a comment prompt, a copyright or legal line)
    /// after which there is less prose than before it: an inline "Related articles" box inside a long text
    /// does not end it; the same box after the text does.
    /// </summary>
    private static int CutAtEnd(CaptureLines c, ReadOnlySpan<double> scores, int start, int end)
    {
        var total = 0.0;
        for (var i = start; i <= end; i++)
        {
            total += Math.Max(0, scores[i]);
        }

        var before = 0.0;
        var prose = 0;
        for (var i = start; i <= end; i++)
        {
            var marker = c.Markers[i];
            if (before > 0 && IsEndMarker(marker) && total - before < before && (marker != BoilerplateMarkers.CommentPrompt || !c.Span(i).ContainsAnyInRange('0', '9')))
            {
                return i - 1;
            }

            if (prose >= 2 && before >= MinTextBeforeFooter
                && ((marker is BoilerplateMarkers.Copyright && IsFooterCopyright(c.Span(i)))
                    || (marker is BoilerplateMarkers.CommentPrompt && !c.Span(i).ContainsAnyInRange('0', '9'))))
            {
                return i - 1; // comments and the footer follow the article, however long they are
            }

            before += Math.Max(0, scores[i]);
            prose += marker is null && ProseScorer.IsProse(c.Features[i]) ? 1 : 0;
        }

        return end;
    }

    /// <summary>A site footer's copyright ("© 2021 Publisher", "All rights reserved"), not a picture credit such as "© Jane Doe".</summary>
    private static bool IsFooterCopyright(ReadOnlySpan<char> line) =>
        line.ContainsAnyInRange('0', '9') || line.Contains("rights", StringComparison.OrdinalIgnoreCase);

    private static bool IsEndMarker(string? marker) =>
        marker is BoilerplateMarkers.EndMarker or BoilerplateMarkers.Copyright or BoilerplateMarkers.Legal or BoilerplateMarkers.CommentPrompt or BoilerplateMarkers.AuthorBio;

    /// <summary>Classifies the lines of the text.</summary>
    private static void ReadBody(CaptureLines c, int from, int to, bool[]? keep, List<Block> body)
    {
        var bodyLines = 0;
        var inLinkList = false;
        for (var i = from; i <= to; i++)
        {
            var span = c.Span(i);
            ref readonly var f = ref c.Features[i];
            if (keep is not null && keep[i])
            {
                c.Roles[i] = LineRole.Body;
                bodyLines++;
                continue;
            }

            if (c.Markers[i] is { } marker)
            {
                c.Drop(i, marker);
                inLinkList = marker is BoilerplateMarkers.EndMarker or BoilerplateMarkers.RelatedLinks or BoilerplateMarkers.Navigation;
                continue;
            }

            if (inLinkList && !f.EndsTerminal && !f.ListMark && !f.TableRow)
            {
                // Headlines listed under "Related articles" or "Read more" inside the text.
                c.Drop(i, TextDropReasons.LinkList);
                continue;
            }

            inLinkList = false;
            if (c.IsCaption(i) || LinePatterns.IsUnfinishedPhotoCaption(span, f))
            {
                c.Roles[i] = LineRole.Caption;
            }
            else if (ProseScorer.IsGluedPromo(f) || ProseScorer.IsTicker(f))
            {
                c.Drop(i, TextDropReasons.PromoRail);
            }
            else if (bodyLines < 2 && c.IsByline(i))
            {
                c.Roles[i] = LineRole.Byline;
            }
            else if (bodyLines < 2 && (LinePatterns.IsAgencyDateline(span) || (f.Words <= 8 && c.IsDateline(i))))
            {
                c.Roles[i] = LineRole.Dateline;
            }
            else
            {
                c.Roles[i] = LineRole.Body;
                bodyLines++;
            }
        }

        for (var i = from; i <= to; i++)
        {
            if (c.Roles[i] == LineRole.Body)
            {
                body.Add(BlockOf(c, i, to));
            }
        }
    }

    private static Block BlockOf(CaptureLines c, int i, int to)
    {
        ref readonly var f = ref c.Features[i];
        var text = c.String(i);
        if (f.ListMark)
        {
            return new Block(BlockKind.ListItem, text, c.Lines[i].Number, f.OrderedMark);
        }

        if (f.EffectiveWords <= 12 && !f.EndsTerminal && NextBodyIsProse(c, i, to))
        {
            return new Block(BlockKind.Heading, text, c.Lines[i].Number);
        }

        if (f.StartsWithQuote && f.EndsWithQuote && f.EndsTerminal)
        {
            return new Block(BlockKind.Quote, text, c.Lines[i].Number);
        }

        return new Block(BlockKind.Paragraph, text, c.Lines[i].Number);
    }

    private static bool NextBodyIsProse(CaptureLines c, int i, int to)
    {
        for (var j = i + 1; j <= to; j++)
        {
            if (c.Roles[j] == LineRole.Body)
            {
                return c.Features[j].EffectiveWords >= 8 && c.Features[j].EndsTerminal;
            }
        }

        return false;
    }

    private static void DropRest(CaptureLines c, int from, bool[]? keep, int comments, List<Block> body)
    {
        var ended = false;
        for (var i = from; i < c.Count; i++)
        {
            if (keep is not null && keep[i])
            {
                c.Roles[i] = LineRole.Body;
                body.Add(new Block(BlockKind.Paragraph, c.String(i), c.Lines[i].Number));
                continue;
            }

            if (!ended && c.Markers[i] is null && c.IsCaption(i))
            {
                c.Roles[i] = LineRole.Caption; // "Map of Crimea" under the last paragraph
                continue;
            }

            var reason = c.Markers[i]
                ?? (ProseScorer.IsGluedPromo(c.Features[i]) ? TextDropReasons.PromoRail
                : comments >= 0 && i > comments ? TextDropReasons.ReaderComments
                : ended ? TextDropReasons.AfterEndMarker
                : TextDropReasons.OutsideText);
            ended |= c.Markers[i] == BoilerplateMarkers.EndMarker;
            if (c.Roles[i] != LineRole.Tag)
            {
                c.Drop(i, reason);
            }
        }
    }

    private Article Assemble(CaptureInput input, CaptureLines c, List<Block> body, List<string> tags)
    {
        string? title = null, byline = null, dateline = null, source = null;
        List<string>? standfirst = null;
        var captions = new List<string>();
        for (var i = 0; i < c.Count; i++)
        {
            switch (c.Roles[i])
            {
                case LineRole.Title:
                    title ??= c.String(i);
                    break;
                case LineRole.Standfirst:
                    (standfirst ??= []).Add(c.String(i));
                    break;
                case LineRole.Byline:
                    byline ??= c.String(i);
                    break;
                case LineRole.Dateline:
                    dateline ??= c.String(i);
                    break;
                case LineRole.Caption:
                    captions.Add(c.String(i));
                    break;
                case LineRole.Dropped when c.Reasons[i] == BoilerplateMarkers.Copyright:
                    source ??= LinePatterns.CopyrightHolder(c.Span(i));
                    break;
                default:
                    break;
            }
        }

        var published = PublishedDateFinder.FindDayInText(c.Text, url: null, titleHint: null, _dateModel);
        return new Article
        {
            SourcePath = input.Path,
            Format = CaptureFormat.Text,
            Title = title ?? "",
            Standfirst = standfirst is null ? null : string.Join(' ', standfirst),
            Byline = byline,
            Dateline = dateline,
            SourceName = source,
            Body = body,
            Captions = captions,
            Tags = tags,
            Published = published?.Day,
            PublishedConfidence = published?.Confidence ?? DateConfidence.Exact,
        };
    }

    private static List<DroppedBlock> Dropped(CaptureLines c)
    {
        var dropped = new List<DroppedBlock>();
        for (var i = 0; i < c.Count; i++)
        {
            if (c.Roles[i] == LineRole.Dropped)
            {
                dropped.Add(new DroppedBlock(c.String(i), c.Reasons[i] ?? TextDropReasons.OutsideText, c.Lines[i].Number));
            }
        }

        return dropped;
    }
}
