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
/// page weighing the same (the benchmark's metric averages pages); then the threshold that gives the best F1 of
/// labelled words over the training pages when the text is decoded as the reader decodes it. Deterministic: the same
/// pages, options and seed give the same weights.
/// </summary>
internal static class TextLineTraining
{
    private static readonly double[] Thresholds = [.. Enumerable.Range(2, 15).Select(i => i * 0.05)];

    private static readonly double[] DropLevels = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];

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
        var best = (Threshold: 0.5, DropBelow: 0.0, F1: -1.0);
        foreach (var threshold in Thresholds)
        {
            foreach (var dropBelow in DropLevels)
            {
                var f1 = DecodedF1(pages, probabilities, threshold, dropBelow);
                if (f1 > best.F1 + 1e-9)
                {
                    best = (threshold, dropBelow, f1);
                }
            }
        }

        log($"chose threshold {best.Threshold:F2} drop-below {best.DropBelow:F2} (F1 of labelled words {best.F1:F4}) over {pages.Count} pages, {rows} lines");
        return new TextLineModel(means, spreads, w, best.Threshold, best.DropBelow, options.Clip);
    }

    /// <summary>F1 of the mean precision and mean recall over pages of labelled words in the decoded text, as the benchmark averages.</summary>
    private static double DecodedF1(IReadOnlyList<LabelledCapture> pages, List<double[]> probabilities, double threshold, double dropBelow)
    {
        double precision = 0, recall = 0;
        int precisionPages = 0, recallPages = 0;
        for (var n = 0; n < pages.Count; n++)
        {
            var page = pages[n];
            var plain = LearntTextFinder.PlainText(page.Lines, page.Comments); // read as the reader reads it: all of a plain text, no drops
            var (start, end) = plain ?? LearntTextFinder.Decode(page.Lines, null, page.Comments, probabilities[n], threshold, page.RuleRun, page.RuleListFrom);
            var dropped = plain is null ? LearntTextFinder.Unlikely(page.Lines, null, probabilities[n], start, end, dropBelow) : [];
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

            if (chosen > 0)
            {
                precision += tp / chosen;
                precisionPages++;
            }

            if (truth > 0)
            {
                recall += tp / truth;
                recallPages++;
            }
        }

        var p = precisionPages == 0 ? 0 : precision / precisionPages;
        var r = recallPages == 0 ? 0 : recall / recallPages;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
