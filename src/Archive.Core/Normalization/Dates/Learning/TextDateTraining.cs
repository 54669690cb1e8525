using Archive.Core.Learning;
using Archive.Core.Model;

namespace Archive.Core.Normalization.Dates.Learning;

/// <summary>Options of <see cref="TextDateTraining"/>.</summary>
/// <param name="ExactPrecision">The precision the exact tier must reach on the training pages (above the target: on unseen hosts it comes out lower).</param>
/// <param name="InferredPrecision">The precision the inferred tier's stated days (those under the exact threshold) must reach on the training pages.</param>
internal sealed record DateTrainingOptions(int Epochs = 30, ulong Seed = 1, double Rate = 0.05, double L2 = 1e-3, double ExactPrecision = 0.97, double InferredPrecision = 0.75);

/// <summary>A text with its gold publication day, read into the days it mentions.</summary>
internal sealed record DatedText(string Name, IReadOnlyList<DayEvidence> Days, HashSet<DayOfWeek> ProseWeekdays, DateOnly Gold)
{
    public static DatedText Of(string name, string text, DateOnly gold)
    {
        var (lines, days) = TextDateScanner.Days(text, LanguageHints.GuessOrder(text), titleHint: null, latest: null);
        return new DatedText(name, days, WeekdayMentions.In(lines), gold);
    }
}

/// <summary>
/// Fits <see cref="TextDateModel"/>: each training text is one example, its days and "no day" the choices, the gold day
/// (or none, when the text never mentions it) the answer; fitted by stochastic gradient descent on the log loss of the
/// softmax with L2, one page at a time in a seeded order; then both tiers' thresholds are chosen on the same
/// pages, each the lowest probability from which that tier's stated answers reach its wanted precision. Same texts, options and
/// seed: same model.
/// </summary>
internal static class TextDateTraining
{
    public static TextDateModel Train(IReadOnlyList<DatedText> pages, DateTrainingOptions options, Action<string>? log = null)
    {
        var rows = new List<float[]>();
        var groups = new List<(int Start, int Count, int Gold)>();
        foreach (var page in pages)
        {
            var vectors = DayVectors.Of(page.Days, page.ProseWeekdays);
            var gold = -1;
            for (var i = 0; i < vectors.Length; i++)
            {
                gold = page.Days[i].Date == page.Gold ? i : gold;
            }

            groups.Add((rows.Count, vectors.Length, gold));
            rows.AddRange(vectors);
        }

        var width = DayVectors.Width;
        var means = new double[width];
        var spreads = new double[width];
        for (var k = 0; k < width; k++)
        {
            var mean = rows.Count == 0 ? 0 : rows.Average(r => (double)r[k]);
            var variance = rows.Count == 0 ? 0 : rows.Average(r => (r[k] - mean) * (r[k] - mean));
            means[k] = mean;
            spreads[k] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        var x = rows.Select(r => Enumerable.Range(0, width).Select(k => (r[k] - means[k]) / spreads[k]).ToArray()).ToArray();
        var weights = new double[width];
        var bias = 0.0;
        var order = Enumerable.Range(0, groups.Count).Where(g => groups[g].Count > 0).ToArray();
        var random = new SplitMix64(options.Seed);
        var gradient = new double[width];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);

            var rate = options.Rate / (1 + epoch * 0.2);
            foreach (var g in order)
            {
                // One step per page: the softmax over its days and "no day" (score 0), against the gold day or none.
                var (start, count, gold) = groups[g];
                var z = new double[count];
                for (var i = 0; i < count; i++)
                {
                    z[i] = bias;
                    for (var k = 0; k < width; k++)
                    {
                        z[i] += weights[k] * x[start + i][k];
                    }
                }

                var p = TextDateModel.Softmax(z);
                Array.Clear(gradient);
                var biasGradient = 0.0;
                for (var i = 0; i < count; i++)
                {
                    var error = p[i] - (i == gold ? 1 : 0);
                    biasGradient += error;
                    for (var k = 0; k < width; k++)
                    {
                        gradient[k] += error * x[start + i][k];
                    }
                }

                for (var k = 0; k < width; k++)
                {
                    weights[k] -= rate * (gradient[k] + options.L2 * weights[k]);
                }

                bias -= rate * biasGradient;
            }
        }

        var fitted = new TextDateModel(means, spreads, weights, bias, 1, 1);
        var answers = pages
            .Select(p => fitted.Best(p.Days, p.ProseWeekdays) is { } best && TextDateModel.IsStated(best.Day.Best)
                ? (best.Probability, Right: best.Day.Date == p.Gold)
                : (Probability: -1.0, Right: false))
            .Where(a => a.Probability >= 0)
            .ToList();
        var exactFrom = Lowest(answers, options.ExactPrecision);
        var chosen = new TextDateModel(means, spreads, weights, bias, exactFrom, LowestBelow(answers, exactFrom, options.InferredPrecision));
        log?.Invoke(Summary(chosen, pages));
        return chosen;
    }

    /// <summary>What the chosen model does on its own training pages: accuracy, and each tier's answers and precision.</summary>
    private static string Summary(TextDateModel model, IReadOnlyList<DatedText> pages)
    {
        var results = pages.Select(p => (Answer: model.Choose(p.Days, p.ProseWeekdays), p.Gold)).ToList();
        string Tier(DateConfidence confidence)
        {
            var tier = results.Where(r => r.Answer?.Confidence == confidence).ToList();
            return FormattableString.Invariant($"{tier.Count} at precision {(double)tier.Count(r => r.Answer!.Value.Day == r.Gold) / Math.Max(1, tier.Count):0.000}");
        }

        var right = results.Count(r => r.Answer?.Day == r.Gold);
        var mentioned = pages.Count(p => p.Days.Any(d => d.Date == p.Gold));
        return FormattableString.Invariant(
            $"chose exact-from {model.ExactFrom:0.00}, inferred-from {model.InferredFrom:0.00}: on the {pages.Count} training pages (gold day mentioned on {mentioned}) accuracy {(double)right / Math.Max(1, pages.Count):0.000}, exact {Tier(DateConfidence.Exact)}, inferred {Tier(DateConfidence.Inferred)}");
    }

    /// <summary>The lowest probability (in hundredths) whose answers are right at least <paramref name="precision"/> of the time.</summary>
    private static double Lowest(List<(double Probability, bool Right)> answers, double precision)
    {
        for (var t = 0; t <= 100; t++)
        {
            var from = t / 100.0;
            var above = answers.Where(a => a.Probability >= from).ToList();
            if (above.Count > 0 && (double)above.Count(a => a.Right) / above.Count >= precision)
            {
                return from;
            }
        }

        return 1.01;
    }

    /// <summary>
    /// The lowest probability (in hundredths, not above <paramref name="exactFrom"/>) from which the answers under
    /// <paramref name="exactFrom"/> are right at least <paramref name="precision"/> of the time.
    /// </summary>
    private static double LowestBelow(List<(double Probability, bool Right)> answers, double exactFrom, double precision)
    {
        for (var t = 0; t < exactFrom * 100; t++)
        {
            var from = t / 100.0;
            var band = answers.Where(a => a.Probability >= from && a.Probability < exactFrom).ToList();
            if (band.Count > 0 && (double)band.Count(a => a.Right) / band.Count >= precision)
            {
                return from;
            }
        }

        return exactFrom;
    }
}
