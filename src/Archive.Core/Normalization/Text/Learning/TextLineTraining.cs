using Archive.Core.Learning;

namespace Archive.Core.Normalization.Text.Learning;

/// <summary>Training settings of the text line classifier.</summary>
internal sealed record TextTrainingOptions(int Epochs = 20, ulong Seed = 1, double Rate = 0.1, double L2 = 1e-4, double Clip = TextLineModel.DefaultClip);

/// <summary>One labelled text dump: its lines, the hand rules' view of it, its feature rows and labels.</summary>
internal sealed record LabelledCapture(
    string Name, CaptureLines Lines, double[] RuleScores, (int Start, int End) RuleRun, int RuleListFrom, int Comments, float[] Rows, bool[] Labels, int[] WordCounts)
{
    /// <summary>Reads a text dump and labels its lines by <paramref name="reference"/>; null when the reference covers too little of it.</summary>
    public static LabelledCapture? Of(string name, string dump, string reference, double minCoverage, int minWords)
    {
        var c = new CaptureLines(dump);
        var (labels, coverage, wordCounts) = TextLineLabels.Of(c, reference);
        if (coverage < minCoverage || TextLineLabels.Words(reference).Count < minWords)
        {
            return null;
        }

        var comments = BodyGuards.CommentSection(c);
        var scores = TextCaptureReader.RuleScores(c, null);
        var (start, end, listFrom) = TextCaptureReader.FindText(c, scores, comments);
        return new LabelledCapture(name, c, scores, (start, end), listFrom, comments, LineVectors.Of(c, scores, start, end, comments), labels, wordCounts);
    }
}

/// <summary>
/// Fits the text line classifier (<see cref="TextLineModel"/>): a logistic regression over standardised
/// <see cref="LineVectors"/>, by AdaGrad over the lines in a seeded order, each line weighing by its words and each
/// page weighing the same (the benchmark's metric averages pages); then the threshold and drop level that give the best
/// F1 of labelled words over the training pages when the text is decoded as the reader decodes it, averaged over a
/// neighbourhood of grid points (<see cref="SmoothedBest"/>). Deterministic: the same pages, options and seed give the
/// same weights and levels.
/// </summary>
internal static class TextLineTraining
{
    /// <summary>Step of the threshold and drop-level grids: half the 0.05 of the first grids, so a neighbourhood has a middle.</summary>
    private const double GridStep = 0.025;

    /// <summary>
    /// How far, in grid steps each way, the F1 of a grid point is averaged over before the best point is taken (see
    /// <see cref="SmoothedBest"/>): ±0.05 of threshold and of drop level, the step of the first grids, so a point counts
    /// only as good as it and its neighbours one old step away are on average.
    /// </summary>
    internal const int Reach = 2;

    private static readonly double[] Thresholds = [.. Enumerable.Range(4, 29).Select(i => Math.Round(i * GridStep, 3))]; // 0.10 to 0.80

    private static readonly double[] DropLevels = [.. Enumerable.Range(0, 13).Select(i => Math.Round(i * GridStep, 3))]; // 0 to 0.30

    public static TextLineModel Train(IReadOnlyList<LabelledCapture> pages, TextTrainingOptions options, Action<string> log)
    {
        var width = LineVectors.Width;
        var rows = pages.Sum(p => p.Lines.Count);
        var means = new double[width];
        var spreads = new double[width];
        foreach (var page in pages)
        {
            for (var k = 0; k < page.Rows.Length; k++)
            {
                means[k % width] += page.Rows[k];
            }
        }

        for (var k = 0; k < width; k++)
        {
            means[k] /= Math.Max(1, rows);
        }

        foreach (var page in pages)
        {
            for (var k = 0; k < page.Rows.Length; k++)
            {
                var d = page.Rows[k] - means[k % width];
                spreads[k % width] += d * d;
            }
        }

        for (var k = 0; k < width; k++)
        {
            spreads[k] = Math.Sqrt(spreads[k] / Math.Max(1, rows));
            if (spreads[k] < 1e-6)
            {
                spreads[k] = 1; // a constant feature (the bias): not scaled
                means[k] = k == 0 ? 0 : means[k];
            }
        }

        // Standardised rows, labels and weights, all pages in one table.
        var x = new float[rows * width];
        var y = new bool[rows];
        var weight = new double[rows];
        var r = 0;
        foreach (var page in pages)
        {
            var total = 0.0;
            for (var i = 0; i < page.Lines.Count; i++)
            {
                total += 1 + Math.Min(page.WordCounts[i], 80);
            }

            for (var i = 0; i < page.Lines.Count; i++, r++)
            {
                for (var k = 0; k < width; k++)
                {
                    x[(r * width) + k] = (float)TextLineModel.Standardise(page.Rows[(i * width) + k], means[k], spreads[k], options.Clip);
                }

                y[r] = page.Labels[i];
                weight[r] = 100 * (1 + Math.Min(page.WordCounts[i], 80)) / total;
            }
        }

        var w = new double[width];
        var squares = new double[width];
        var order = Enumerable.Range(0, rows).ToArray();
        var random = new SplitMix64(options.Seed);
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);

            var loss = 0.0;
            foreach (var row in order)
            {
                var features = x.AsSpan(row * width, width);
                var z = 0.0;
                for (var k = 0; k < width; k++)
                {
                    z += w[k] * features[k];
                }

                var p = 1 / (1 + Math.Exp(-z));
                loss -= weight[row] * Math.Log(Math.Clamp(y[row] ? p : 1 - p, 1e-12, 1));
                var g = weight[row] * (p - (y[row] ? 1 : 0));
                for (var k = 0; k < width; k++)
                {
                    var grad = (g * features[k]) + (options.L2 * w[k]);
                    squares[k] += grad * grad;
                    w[k] -= options.Rate * grad / Math.Sqrt(squares[k] + 1e-8);
                }
            }

            log($"epoch {epoch + 1}: loss per page {loss / Math.Max(1, pages.Count):F3}");
        }

        var fitted = new TextLineModel(means, spreads, w, 0.5, 0, options.Clip);
        var probabilities = pages.Select(p => LearntTextFinder.Probabilities(p.Lines, p.Comments, p.RuleScores, p.RuleRun, fitted)).ToList();
        var surface = DecodedF1(pages, probabilities);
        var (ti, di) = SmoothedBest(surface, Reach);
        var (rawT, rawD) = SmoothedBest(surface, 0);
        var best = (Threshold: Thresholds[ti], DropBelow: DropLevels[di]);
        log($"chose threshold {best.Threshold:F3} drop-below {best.DropBelow:F3} (F1 of labelled words {surface[ti, di]:F4}, {Smoothed(surface, ti, di, Reach):F4} around it)"
            + $" over {pages.Count} pages, {rows} lines; the single best point: {Thresholds[rawT]:F3} / {DropLevels[rawD]:F3}, F1 {surface[rawT, rawD]:F4}");
        return new TextLineModel(means, spreads, w, best.Threshold, best.DropBelow, options.Clip);
    }

    /// <summary>
    /// The grid point (threshold, drop level) whose F1 averaged over the points within <paramref name="reach"/> steps of it
    /// each way (fewer at the grid's edges) is highest; the first such point in grid order on a tie, so the choice is
    /// deterministic. Why smoothed: over the training pages the F1 surface is flat near its top (within 0.001 over many
    /// points), so the single best point is chosen by noise, and a feature change on a few pages moved it from 0.55 to 0.40.
    /// The middle of a broad high region moves less and is a safer setting for pages not trained on than a narrow spike.
    /// A reach of 0 is the single best point.
    /// </summary>
    internal static (int Threshold, int Drop) SmoothedBest(double[,] f1, int reach)
    {
        var best = (Threshold: 0, Drop: 0, Value: double.NegativeInfinity);
        for (var t = 0; t < f1.GetLength(0); t++)
        {
            for (var d = 0; d < f1.GetLength(1); d++)
            {
                var value = Smoothed(f1, t, d, reach);
                if (value > best.Value + 1e-9)
                {
                    best = (t, d, value);
                }
            }
        }

        return (best.Threshold, best.Drop);
    }

    private static double Smoothed(double[,] f1, int t, int d, int reach)
    {
        double sum = 0;
        var count = 0;
        for (var i = Math.Max(0, t - reach); i <= Math.Min(f1.GetLength(0) - 1, t + reach); i++)
        {
            for (var j = Math.Max(0, d - reach); j <= Math.Min(f1.GetLength(1) - 1, d + reach); j++)
            {
                sum += f1[i, j];
                count++;
            }
        }

        return sum / count;
    }

    /// <summary>
    /// For every threshold and drop level of the grids, the F1 of the mean precision and mean recall over pages of labelled
    /// words in the decoded text, as the benchmark averages. Each page is decoded once a threshold for all drop levels;
    /// pages run in parallel (a page's lines are read by one thread only), and the sums run in page order afterwards, so
    /// the result does not depend on scheduling.
    /// </summary>
    private static double[,] DecodedF1(IReadOnlyList<LabelledCapture> pages, List<double[]> probabilities)
    {
        var cells = Thresholds.Length * DropLevels.Length;
        var perPage = new (double Precision, double Recall)[pages.Count][]; // NaN where a page has no chosen or no labelled word
        Parallel.For(0, pages.Count, n =>
        {
            var page = pages[n];
            var row = perPage[n] = new (double, double)[cells];
            var plain = LearntTextFinder.PlainText(page.Lines, page.Comments); // read as the reader reads it: all of a plain text, no drops
            for (var t = 0; t < Thresholds.Length; t++)
            {
                var (start, end) = plain ?? LearntTextFinder.Decode(page.Lines, null, page.Comments, probabilities[n], Thresholds[t], page.RuleRun, page.RuleListFrom);
                for (var k = 0; k < DropLevels.Length; k++)
                {
                    var dropped = plain is null ? LearntTextFinder.Unlikely(page.Lines, null, probabilities[n], start, end, DropLevels[k]) : [];
                    double tp = 0, chosen = 0, truth = 0;
                    var d = 0;
                    for (var i = 0; i < page.Lines.Count; i++)
                    {
                        var inText = start >= 0 && i >= start && i <= end && page.Lines.Markers[i] is null;
                        if (d < dropped.Count && dropped[d] == i)
                        {
                            inText = false;
                            d++;
                        }

                        var words = page.WordCounts[i];
                        chosen += inText ? words : 0;
                        truth += page.Labels[i] ? words : 0;
                        tp += inText && page.Labels[i] ? words : 0;
                    }

                    row[(t * DropLevels.Length) + k] = (chosen > 0 ? tp / chosen : double.NaN, truth > 0 ? tp / truth : double.NaN);
                }
            }
        });

        var f1 = new double[Thresholds.Length, DropLevels.Length];
        for (var cell = 0; cell < cells; cell++)
        {
            double precision = 0, recall = 0;
            int precisionPages = 0, recallPages = 0;
            foreach (var row in perPage)
            {
                if (!double.IsNaN(row[cell].Precision))
                {
                    precision += row[cell].Precision;
                    precisionPages++;
                }

                if (!double.IsNaN(row[cell].Recall))
                {
                    recall += row[cell].Recall;
                    recallPages++;
                }
            }

            var p = precisionPages == 0 ? 0 : precision / precisionPages;
            var r = recallPages == 0 ? 0 : recall / recallPages;
            f1[cell / DropLevels.Length, cell % DropLevels.Length] = p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        return f1;
    }
}
