using Archive.Core.Learning;
using Archive.Core.Model;

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
/// by stochastic gradient descent on the log loss with L2, in a seeded order; then the exact tier's threshold is chosen on the same
/// pages as the lowest probability whose answers reach the wanted precision. Same texts, options and
/// seed: same model.
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

        var fitted = new TextDateModel(means, spreads, weights, bias, 1);
        var answers = pages
            .Select(p => fitted.Best(p.Days, p.ProseWeekdays) is { } best ? (best.Probability, Right: best.Day == p.Gold) : (Probability: -1.0, Right: false))
            .Where(a => a.Probability >= 0)
            .ToList();
        var chosen = new TextDateModel(means, spreads, weights, bias, ChooseExact(answers, options.ExactPrecision));
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
            $"chose exact-from {model.ExactFrom:0.00}: on the {pages.Count} training pages (gold day mentioned on {mentioned}) accuracy {(double)right / Math.Max(1, pages.Count):0.000}, exact {Tier(DateConfidence.Exact)}, inferred {Tier(DateConfidence.Inferred)}");
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
}
