using Archive.Core.Learning;

namespace Archive.Core.Normalization.Dates.Learning;

/// <summary>Options of <see cref="TextDateTraining"/>.</summary>
/// <param name="ExactPrecision">The precision the exact tier must reach on the training pages.</param>
internal sealed record DateTrainingOptions(int Epochs = 30, ulong Seed = 1, double Rate = 0.05, double L2 = 1e-3, double ExactPrecision = 0.95);

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
/// Fits <see cref="TextDateModel"/>: every day a training text mentions is an example (1 when it is the gold day), fitted
/// by stochastic gradient descent on the log loss with L2, in a seeded order; then both thresholds are chosen on the same
/// pages: the exact tier's as the lowest probability whose answers reach the wanted precision, the answer threshold as the
/// one (not above it) where answering gains most right days over wrong ones. Same texts, options and seed: same model.
/// </summary>
internal static class TextDateTraining
{
    public static TextDateModel Train(IReadOnlyList<DatedText> pages, DateTrainingOptions options, Action<string>? log = null)
    {
        var rows = new List<float[]>();
        var labels = new List<double>();
        foreach (var page in pages)
        {
            var vectors = DayVectors.Of(page.Days, page.ProseWeekdays);
            for (var i = 0; i < vectors.Length; i++)
            {
                rows.Add(vectors[i]);
                labels.Add(page.Days[i].Date == page.Gold ? 1 : 0);
            }
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

        var weights = new double[width];
        var bias = 0.0;
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new SplitMix64(options.Seed);
        var x = new double[width];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);

            var rate = options.Rate / (1 + epoch * 0.2);
            foreach (var n in order)
            {
                var z = bias;
                for (var k = 0; k < width; k++)
                {
                    x[k] = (rows[n][k] - means[k]) / spreads[k];
                    z += weights[k] * x[k];
                }

                var gradient = 1 / (1 + Math.Exp(-z)) - labels[n];
                for (var k = 0; k < width; k++)
                {
                    weights[k] -= rate * (gradient * x[k] + options.L2 * weights[k]);
                }

                bias -= rate * gradient;
            }
        }

        var fitted = new TextDateModel(means, spreads, weights, bias, 1, 0);
        var answers = pages
            .Select(p => fitted.Best(p.Days, p.ProseWeekdays) is { } best ? (best.Probability, Right: best.Day == p.Gold) : (Probability: -1.0, Right: false))
            .Where(a => a.Probability >= 0)
            .ToList();
        var exactFrom = ChooseExact(answers, options.ExactPrecision);
        var answerFrom = ChooseAnswer(answers, exactFrom);
        var chosen = new TextDateModel(means, spreads, weights, bias, exactFrom, answerFrom);
        var right = answers.Count(a => a.Right && a.Probability >= answerFrom);
        var answered = answers.Count(a => a.Probability >= answerFrom);
        var exact = answers.Where(a => a.Probability >= exactFrom).ToList();
        log?.Invoke(FormattableString.Invariant(
            $"chose exact-from {exactFrom:0.00}, answer-from {answerFrom:0.00}: on the {pages.Count} training pages accuracy {(double)right / Math.Max(1, pages.Count):0.000}, precision {(double)right / Math.Max(1, answered):0.000}, exact {exact.Count} at precision {(double)exact.Count(a => a.Right) / Math.Max(1, exact.Count):0.000}"));
        return chosen;
    }

    /// <summary>The lowest probability (in hundredths) whose answers are right at least <paramref name="precision"/> of the time.</summary>
    private static double ChooseExact(List<(double Probability, bool Right)> answers, double precision)
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

    /// <summary>The probability, not above <paramref name="exactFrom"/>, from which answering gains most right days over wrong ones (highest on ties).</summary>
    private static double ChooseAnswer(List<(double Probability, bool Right)> answers, double exactFrom)
    {
        var best = exactFrom;
        var bestGain = int.MinValue;
        for (var t = (int)Math.Round(Math.Min(exactFrom, 1.0) * 100); t >= 0; t--)
        {
            var from = t / 100.0;
            var gain = answers.Where(a => a.Probability >= from).Sum(a => a.Right ? 1 : -1);
            if (gain > bestGain)
            {
                (best, bestGain) = (from, gain);
            }
        }

        return best;
    }
}
