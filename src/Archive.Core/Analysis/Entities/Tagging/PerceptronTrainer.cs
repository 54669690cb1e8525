using System.Diagnostics;
using Archive.Core.Analysis.Entities.Gazetteers;

namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// Trains the tagger as a structured (Collins) perceptron with weight averaging and Viterbi decoding.
/// Single-threaded and deterministic: the same documents, options and seed give the same weights,
/// because feature rows are numbered in sorted key order and documents are shuffled by a seeded generator.
/// </summary>
internal sealed class PerceptronTrainer(Gazetteer gazetteer, TrainerOptions options)
{
    private sealed record Encoded(int[] Rows, int[] Offsets, int[] Labels);

    /// <param name="documents">Training documents, each a list of labelled sentences.</param>
    /// <param name="log">Progress lines (one per epoch), or null.</param>
    public NerModel Train(IReadOnlyList<IReadOnlyList<TrainingSentence>> documents, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var clock = Stopwatch.StartNew();
        var extractor = new FeatureExtractor(gazetteer);
        var buffer = new FeatureBuffer();
        var raw = new List<(uint[] Keys, int[] Offsets, int[] Labels)>[documents.Count];
        var counts = new Dictionary<uint, int>();
        for (var d = 0; d < documents.Count; d++)
        {
            var views = documents[d].Select(s => new SentenceView(s.Tokens)).ToList();
            var context = new DocumentContext(views);
            raw[d] = new(views.Count);
            for (var s = 0; s < views.Count; s++)
            {
                extractor.Extract(views[s], context, buffer);
                var keys = buffer.All.ToArray();
                foreach (var key in keys)
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }

                var labels = (int[])documents[d][s].Labels.Clone();
                NerLabels.ToIob2(labels);
                raw[d].Add((keys, buffer.Offsets.ToArray(), labels));
            }
        }

        var kept = counts.Where(kv => kv.Value >= options.MinFeatureCount).Select(kv => kv.Key).ToArray();
        Array.Sort(kept);
        var rowOf = new Dictionary<uint, int>(kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            rowOf[kept[i]] = i;
        }

        var encoded = raw.Select(doc => doc.Select(s => Encode(s.Keys, s.Offsets, s.Labels, rowOf)).ToArray()).ToArray();
        log?.Invoke($"features: {counts.Count:N0} seen, {kept.Length:N0} kept (count >= {options.MinFeatureCount}); {clock.Elapsed.TotalSeconds:F1}s");

        var labelsCount = NerLabels.Count;
        var weights = new float[kept.Length * labelsCount];
        var totals = new double[weights.Length];
        var transitions = new float[(labelsCount + 1) * labelsCount];
        var transitionTotals = new double[transitions.Length];
        var order = Enumerable.Range(0, encoded.Length).ToArray();
        var random = new SplitMix64(options.Seed);
        var step = 1L;
        var emissions = new float[256 * labelsCount];
        var predicted = new int[256];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var correct = 0L;
            var total = 0L;
            foreach (var d in order)
            {
                foreach (var sentence in encoded[d])
                {
                    var n = sentence.Labels.Length;
                    if (emissions.Length < n * labelsCount)
                    {
                        emissions = new float[n * labelsCount * 2];
                        predicted = new int[n * 2];
                    }

                    Emit(sentence, weights, emissions.AsSpan(0, n * labelsCount));
                    ViterbiDecoder.Decode(emissions.AsSpan(0, n * labelsCount), transitions, labelsCount, predicted.AsSpan(0, n));
                    for (var t = 0; t < n; t++)
                    {
                        var gold = sentence.Labels[t];
                        var guess = predicted[t];
                        total++;
                        if (gold == guess)
                        {
                            correct++;
                        }
                        else
                        {
                            for (var k = sentence.Offsets[t]; k < sentence.Offsets[t + 1]; k++)
                            {
                                var row = sentence.Rows[k] * labelsCount;
                                Update(weights, totals, row + gold, 1, step);
                                Update(weights, totals, row + guess, -1, step);
                            }
                        }

                        var goldPrevious = t == 0 ? -1 : sentence.Labels[t - 1];
                        var guessPrevious = t == 0 ? -1 : predicted[t - 1];
                        if (gold != guess || goldPrevious != guessPrevious)
                        {
                            Update(transitions, transitionTotals, (goldPrevious + 1) * labelsCount + gold, 1, step);
                            Update(transitions, transitionTotals, (guessPrevious + 1) * labelsCount + guess, -1, step);
                        }
                    }

                    step++;
                }
            }

            log?.Invoke($"epoch {epoch}: token accuracy {100.0 * correct / Math.Max(1, total):F2}%; {clock.Elapsed.TotalSeconds:F1}s");
        }

        return Average(kept, weights, totals, transitions, transitionTotals, step, log);
    }

    private static Encoded Encode(uint[] keys, int[] offsets, int[] labels, Dictionary<uint, int> rowOf)
    {
        var rows = new List<int>(keys.Length);
        var newOffsets = new int[offsets.Length];
        for (var t = 0; t + 1 < offsets.Length; t++)
        {
            newOffsets[t] = rows.Count;
            for (var k = offsets[t]; k < offsets[t + 1]; k++)
            {
                if (rowOf.TryGetValue(keys[k], out var row))
                {
                    rows.Add(row);
                }
            }
        }

        newOffsets[^1] = rows.Count;
        return new Encoded(rows.ToArray(), newOffsets, labels);
    }

    private static void Emit(Encoded sentence, float[] weights, Span<float> emissions)
    {
        var labels = NerLabels.Count;
        emissions.Clear();
        for (var t = 0; t < sentence.Labels.Length; t++)
        {
            var scores = emissions.Slice(t * labels, labels);
            for (var k = sentence.Offsets[t]; k < sentence.Offsets[t + 1]; k++)
            {
                var w = weights.AsSpan(sentence.Rows[k] * labels, labels);
                for (var l = 0; l < labels; l++)
                {
                    scores[l] += w[l];
                }
            }
        }
    }

    // The averaging trick: keep w and the sum of step * update; the average is w - totals / step.
    private static void Update(float[] weights, double[] totals, int index, int delta, long step)
    {
        weights[index] += delta;
        totals[index] += (double)delta * step;
    }

    private NerModel Average(uint[] keys, float[] weights, double[] totals, float[] transitions, double[] transitionTotals, long step, Action<string>? log)
    {
        var labels = NerLabels.Count;
        var keptKeys = new List<uint>();
        var keptWeights = new List<float>();
        var row = new float[labels];
        for (var r = 0; r < keys.Length; r++)
        {
            var keep = false;
            for (var l = 0; l < labels; l++)
            {
                var i = r * labels + l;
                row[l] = (float)(weights[i] - (totals[i] / step));
                keep |= Math.Abs(row[l]) >= options.PruneBelow;
            }

            if (keep)
            {
                keptKeys.Add(keys[r]);
                keptWeights.AddRange(row);
            }
        }

        var averagedTransitions = new float[transitions.Length];
        for (var i = 0; i < transitions.Length; i++)
        {
            averagedTransitions[i] = (float)(transitions[i] - (transitionTotals[i] / step));
        }

        log?.Invoke($"model: {keptKeys.Count:N0} features with weights >= {options.PruneBelow}");
        return new NerModel(keptKeys.ToArray(), keptWeights.ToArray(), averagedTransitions);
    }
}
