namespace Archive.Core.Normalization.Text.Learning;

/// <summary>
/// Finds the article text of a capture with the learnt line classifier: every line scores its words times how far its
/// body probability lies above the model's threshold (what keeping it adds to the text, less what it costs), and the
/// text is the densest run of those scores (<see cref="DensestRun"/>), looked for above the comment section. Inside
/// the run, lines whose probability is under the model's drop level are set aside (an inline promo, a share bar the
/// markers miss). The never-empty guard of the hand rules holds: a run without a sentence, in a dump that has prose,
/// is looked for again over prose lines only; no run at all keeps the hand rules' run; drops never empty the text; a
/// text cut at an unfinished line continues through list content (<see cref="BodyGuards.ExtendThroughLists"/>); and a
/// plain text, a dump that is one stretch of prose under at most a headline and a byline (<see cref="PlainText"/>),
/// keeps all of it: no saved page of the training looks like that, so the classifier is not asked.
/// </summary>
internal static class LearntTextFinder
{
    /// <summary>Lines a plain text may have above its prose: a headline, a byline, a dateline.</summary>
    private const int PlainHeadLines = 3;

    /// <summary>Non-prose lines a plain text's prose may pass over (a subheading, a caption), as a stretch of prose may.</summary>
    private const int PlainGap = 2;

    /// <summary>Finds the text and marks the lines inside it that the classifier sets aside (<see cref="TextDropReasons.Unlikely"/>).</summary>
    public static (int Start, int End) Find(
        CaptureLines c, bool[]? keep, int comments, double[] ruleScores, (int Start, int End) ruleRun, int ruleListFrom, TextLineModel model)
    {
        if (PlainText(c, comments) is { } plain)
        {
            return plain; // one stretch of prose and nothing else: the whole of it is the text
        }

        var probabilities = Probabilities(c, comments, ruleScores, ruleRun, model);
        var (start, end) = Decode(c, keep, comments, probabilities, model.Threshold, ruleRun, ruleListFrom);
        if ((start, end) == ruleRun && !Likely(probabilities, start, end, model.Threshold))
        {
            return ruleRun; // the model found no text: the hand rules' run stands as they read it
        }

        foreach (var i in Unlikely(c, keep, probabilities, start, end, model.DropBelow))
        {
            c.Markers[i] = TextDropReasons.Unlikely;
        }

        return (start, end);
    }

    public static double[] Probabilities(CaptureLines c, int comments, double[] ruleScores, (int Start, int End) ruleRun, TextLineModel model)
    {
        var rows = LineVectors.Of(c, ruleScores, ruleRun.Start, ruleRun.End, comments);
        var width = LineVectors.Width;
        var probabilities = new double[c.Count];
        for (var i = 0; i < c.Count; i++)
        {
            probabilities[i] = model.Probability(rows.AsSpan(i * width, width));
        }

        return probabilities;
    }

    /// <summary>
    /// The densest run of each line's words (at least one) times its body probability less <paramref name="threshold"/>,
    /// continued through a list as the hand rules' is: by <see cref="BodyGuards.ExtendThroughLists"/> from its own end, and
    /// to the end of the list the hand rules took (from <paramref name="ruleListFrom"/> on) when it reaches into that list.
    /// </summary>
    public static (int Start, int End) Decode(
        CaptureLines c, bool[]? keep, int comments, double[] probabilities, double threshold, (int Start, int End) ruleRun, int ruleListFrom)
    {
        var limit = comments < 0 ? c.Count : comments;
        var scores = new double[limit];
        for (var i = 0; i < limit; i++)
        {
            scores[i] = Math.Max(1, c.Features[i].EffectiveWords) * (probabilities[i] - threshold);
            if (keep is not null && keep[i])
            {
                scores[i] = Math.Max(scores[i], 1);
            }
        }

        var (start, end) = DensestRun.Find(scores);
        if (start >= 0 && !BodyGuards.HasProse(c, start, end) && BodyGuards.HasProse(c, 0, limit - 1))
        {
            BodyGuards.KeepOnlyProse(c, scores);
            (start, end) = DensestRun.Find(scores);
        }

        if (start < 0)
        {
            return ruleRun;
        }

        // List-style articles keep their lists: the hand rules' guard rail holds for the learnt text too.
        end = BodyGuards.ExtendThroughLists(c, start, end, limit);
        end = BodyGuards.ExtendThroughClosingList(c, end, limit);
        if (ruleRun.End >= ruleListFrom && end >= ruleListFrom - 1 && end < ruleRun.End && start <= ruleRun.End)
        {
            end = ruleRun.End; // the text reaches the list the hand rules continued through: the whole list belongs to it
        }

        return (start, end);
    }

    /// <summary>
    /// The first and last prose lines of a dump that is plain text rather than a saved page: above the comment section,
    /// every line from the first prose line to the last is prose or one of at most <see cref="PlainGap"/> unmarked,
    /// undated lines between prose lines (one stretch of prose, as <see cref="PageShape"/> reads stretches); at most
    /// <see cref="PlainHeadLines"/> lines above it; and below it only lines a marker already sets aside (a copyright,
    /// a share bar). Null otherwise. A page's menus, teasers, datelines and footers break this shape, so it holds for a
    /// plain article or notes, whatever their length.
    /// </summary>
    public static (int Start, int End)? PlainText(CaptureLines c, int comments)
    {
        var limit = comments < 0 ? c.Count : comments;
        int first = -1, last = -1;
        for (var i = 0; i < limit; i++)
        {
            if (c.Markers[i] is null && ProseScorer.IsProse(c.Features[i]))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0 || first > PlainHeadLines)
        {
            return null; // no prose, or more than a headline and a byline above it
        }

        var gap = 0;
        for (var i = first + 1; i < last; i++)
        {
            if (c.Markers[i] is null && ProseScorer.IsProse(c.Features[i]))
            {
                gap = 0;
            }
            else if (c.Markers[i] is not null || c.IsDateline(i) || ++gap > PlainGap)
            {
                return null; // the prose breaks: a marked or dated line, or a run of other lines (a menu, a list, a teaser's title)
            }
        }

        var after = 0;
        for (var i = last + 1; i < limit; i++)
        {
            if (c.Markers[i] is null && ++after > PlainGap)
            {
                return null; // more than a signature or a line of links below the prose
            }
        }

        return (first, last);
    }

    private static bool Likely(double[] probabilities, int start, int end, double threshold)
    {
        for (var i = Math.Max(0, start); i <= end; i++)
        {
            if (probabilities[i] >= threshold)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Lines after the first of the run whose probability is under <paramref name="dropBelow"/>, except the lines of a
    /// list (<see cref="BodyGuards.ListLines"/>: list-style articles keep their lists); none if that would leave no prose.
    /// </summary>
    public static List<int> Unlikely(CaptureLines c, bool[]? keep, double[] probabilities, int start, int end, double dropBelow)
    {
        var dropped = new List<int>();
        if (start < 0 || dropBelow <= 0)
        {
            return dropped;
        }

        bool[]? list = null; // found when a line first falls under the drop level
        var proseLeft = false;
        for (var i = start; i <= end; i++)
        {
            if (i > start && probabilities[i] < dropBelow && c.Markers[i] is null && (keep is null || !keep[i])
                && !(list ??= BodyGuards.ListLines(c, start, end))[i])
            {
                dropped.Add(i);
            }
            else
            {
                proseLeft |= c.Markers[i] is null && ProseScorer.IsProse(c.Features[i]);
            }
        }

        return proseLeft ? dropped : [];
    }
}
