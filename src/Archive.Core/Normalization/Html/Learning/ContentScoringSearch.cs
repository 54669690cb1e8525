using System.Globalization;
using Archive.Core.Learning;

namespace Archive.Core.Normalization.Html.Learning;

/// <summary>Settings of <see cref="ContentScoringSearch"/>.</summary>
/// <param name="Seed">Seed of the order in which each round visits the values.</param>
/// <param name="Rounds">The most passes over every value.</param>
/// <param name="MinGain">The least gain in F1 that moves a value (smaller gains are noise on a few pages).</param>
/// <param name="Parallelism">Pages read at once.</param>
internal sealed record HtmlTrainingOptions(ulong Seed = 1, int Rounds = 3, double MinGain = 0.0005, int Parallelism = 1);

/// <summary>A page with a hand-made body, parsed once: what <see cref="ContentScoringSearch"/> fits on.</summary>
internal sealed class ScoringPage(string name, HtmlCaptureReader.ParsedPage page, Dictionary<string, int> truth) : IDisposable
{
    public string Name { get; } = name;

    public HtmlCaptureReader.ParsedPage Page { get; } = page;

    /// <summary>The shingles of the hand-made body.</summary>
    public Dictionary<string, int> Truth { get; } = truth;

    public static ScoringPage? Of(string name, CaptureInput html, string truth) =>
        HtmlCaptureReader.Prepare(html, SourceRules.None) is { } page ? new ScoringPage(name, page, ShingleF1.Shingles(truth)) : null;

    public void Dispose() => Page.Dispose();
}

/// <summary>
/// Fits <see cref="ContentScoring"/> to pages with a hand-made body by coordinate search: each round visits every value
/// (in an order drawn from the seed), tries a few others in its range (halved, three quarters, a quarter and a half more,
/// doubled, a tenth of the range either way) with the rest held, and keeps the best when it raises the benchmark's body
/// F1 (<see cref="ShingleF1"/>) over the pages by at least <see cref="HtmlTrainingOptions.MinGain"/>; it stops after a
/// round without a move. Deterministic: same pages, start, options and seed, same values.
/// </summary>
internal static class ContentScoringSearch
{
    public static (ContentScoring Scoring, double F1) Fit(IReadOnlyList<ScoringPage> pages, ContentScoring start, HtmlTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var seen = new Dictionary<ContentScoring, double>();
        double Score(ContentScoring scoring)
        {
            if (!seen.TryGetValue(scoring, out var f1))
            {
                f1 = Evaluate(pages, scoring, options.Parallelism).F1;
                seen[scoring] = f1;
            }

            return f1;
        }

        var best = start;
        var (startF1, startPrecision, startRecall) = Evaluate(pages, start, options.Parallelism);
        seen[start] = startF1;
        var bestF1 = startF1;
        log?.Invoke(FormattableString.Invariant($"start: F1 {startF1:0.000000} (P {startPrecision:0.000000}, R {startRecall:0.000000}) on {pages.Count} pages"));
        var random = new SplitMix64(options.Seed);
        for (var round = 1; round <= options.Rounds; round++)
        {
            var order = Enumerable.Range(0, ContentScoring.Parameters.Count).ToArray();
            random.Shuffle(order);
            var moved = false;
            foreach (var k in order)
            {
                var parameter = ContentScoring.Parameters[k];
                var current = parameter.Get(best);
                ContentScoring? winner = null;
                var winnerF1 = bestF1 + options.MinGain;
                foreach (var value in Candidates(parameter, current))
                {
                    var trial = parameter.With(best, value);
                    var f1 = Score(trial);
                    if (f1 >= winnerF1)
                    {
                        (winner, winnerF1) = (trial, f1);
                    }
                }

                if (winner is not null)
                {
                    log?.Invoke(FormattableString.Invariant($"round {round}: {parameter.Name} {current} -> {parameter.Get(winner)}: F1 {bestF1:0.0000} -> {winnerF1:0.0000}"));
                    (best, bestF1) = (winner, winnerF1);
                    moved = true;
                }
            }

            if (!moved)
            {
                break;
            }
        }

        log?.Invoke(FormattableString.Invariant($"chose F1 {bestF1:0.0000} on {pages.Count} pages ({seen.Count} settings read)"));
        return (best, bestF1);
    }

    /// <summary>The benchmark's body F1 of the pages read with <paramref name="scoring"/>, with its precision and recall.</summary>
    public static (double F1, double Precision, double Recall) Evaluate(IReadOnlyList<ScoringPage> pages, ContentScoring scoring, int parallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var counts = new ShingleF1.Counts[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
            counts[i] = ShingleF1.Score(pages[i].Truth, HtmlCaptureReader.BodyText(pages[i].Page, scoring)));
        return ShingleF1.Of(counts);
    }

    /// <summary>The values tried for a parameter now at <paramref name="current"/>: distinct, in range, not the current one.</summary>
    internal static IReadOnlyList<double> Candidates(ScoringParameter parameter, double current)
    {
        var step = (parameter.Max - parameter.Min) / 10;
        double[] raw = [current * 0.5, current * 0.75, current * 1.25, current * 1.5, current * 2, current - step, current + step];
        var values = new List<double>();
        foreach (var value in raw)
        {
            var v = Math.Clamp(value, parameter.Min, parameter.Max);
            v = parameter.Integer ? Math.Round(v) : Math.Round(v, 4);
            if (v != current && !values.Contains(v))
            {
                values.Add(v);
            }
        }

        values.Sort();
        return values;
    }

    /// <summary>The values that differ from <paramref name="baseline"/>, as "name value (was old)" lines.</summary>
    public static IEnumerable<string> Changes(ContentScoring scoring, ContentScoring baseline) =>
        ContentScoring.Parameters
            .Where(p => p.Get(scoring) != p.Get(baseline))
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Get(scoring)} (was {p.Get(baseline)})"));
}
