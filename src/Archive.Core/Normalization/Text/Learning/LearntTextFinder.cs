namespace Archive.Core.Normalization.Text.Learning;

/// <summary>
/// Finds the article text of a capture with the learnt line classifier: every line scores its words times how far its
/// body probability lies above the model's threshold (what keeping it adds to the text, less what it costs), and the
/// text is the densest run of those scores (<see cref="DensestRun"/>), looked for above the comment section. The
/// never-empty guard of the hand rules holds: a run without a sentence, in a dump that has prose, is looked for again
/// over prose lines only; no run at all keeps the hand rules' run.
/// </summary>
internal static class LearntTextFinder
{
    public static (int Start, int End) Find(CaptureLines c, bool[]? keep, int comments, double[] ruleScores, (int Start, int End) ruleRun, TextLineModel model)
    {
        var scores = Scores(c, keep, comments, ruleScores, ruleRun, model);
        var limit = comments < 0 ? c.Count : comments;
        var (start, end) = DensestRun.Find(scores.AsSpan(0, limit));
        if (start >= 0 && !BodyGuards.HasProse(c, start, end) && BodyGuards.HasProse(c, 0, limit - 1))
        {
            BodyGuards.KeepOnlyProse(c, scores.AsSpan(0, limit));
            (start, end) = DensestRun.Find(scores.AsSpan(0, limit));
        }

        return start < 0 ? ruleRun : (start, end);
    }

    /// <summary>Each line's words (at least one) times its body probability less the model's threshold.</summary>
    public static double[] Scores(CaptureLines c, bool[]? keep, int comments, double[] ruleScores, (int Start, int End) ruleRun, TextLineModel model)
    {
        var rows = LineVectors.Of(c, ruleScores, ruleRun.Start, ruleRun.End, comments);
        var width = LineVectors.Width;
        var scores = new double[c.Count];
        for (var i = 0; i < c.Count; i++)
        {
            var p = model.Probability(rows.AsSpan(i * width, width));
            scores[i] = Math.Max(1, c.Features[i].EffectiveWords) * (p - model.Threshold);
            if (keep is not null && keep[i])
            {
                scores[i] = Math.Max(scores[i], 1);
            }
        }

        return scores;
    }
}
