using System.Diagnostics;
using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Learning;

namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// Trains the two-stage tagger as structured (Collins) perceptrons with weight averaging and Viterbi
/// decoding. The first stage learns from the token features. The second stage also sees the first stage's
/// labels of the whole document; on the training data those labels come from jackknifing (a first-stage
/// model trained without the fold being labelled), so they are as imperfect as on unseen text.
/// Single-threaded and deterministic: the same documents, options and seed give the same bytes, because
/// feature rows are numbered in sorted key order and documents are shuffled by a seeded generator.
/// </summary>
internal sealed class PerceptronTrainer(Gazetteer gazetteer, TrainerOptions options)
{
    private sealed record Keyed(uint[] Keys, int[] Offsets, int[] Labels);

    private sealed record Encoded(int[] Rows, int[] Offsets, int[] Labels);

    /// <param name="documents">Training documents, each a list of labelled sentences.</param>
    /// <param name="log">Progress lines, or null.</param>
    public TwoStageModel Train(IReadOnlyList<IReadOnlyList<TrainingSentence>> documents, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var clock = Stopwatch.StartNew();
        var extractor = new FeatureExtractor(gazetteer);
        var buffer = new FeatureBuffer();
        var views = documents.Select(d => d.Select(s => new SentenceView(s.Tokens)).ToList()).ToList();
        var first = new Keyed[documents.Count][];
        for (var d = 0; d < documents.Count; d++)
        {
            var context = new DocumentContext(views[d]);
            first[d] = new Keyed[views[d].Count];
            for (var s = 0; s < views[d].Count; s++)
            {
                extractor.Extract(views[d][s], context, buffer);
                var labels = (int[])documents[d][s].Labels.Clone();
                NerLabels.ToIob2(labels);
                first[d][s] = new Keyed(buffer.All.ToArray(), buffer.Offsets.ToArray(), labels);
            }
        }

        log?.Invoke($"features extracted: {clock.Elapsed.TotalSeconds:F1}s");
        var all = Enumerable.Range(0, documents.Count).ToArray();
        var stage1 = Fit(first, all, options.Seed, "stage 1", log);
        log?.Invoke($"stage 1 trained: {clock.Elapsed.TotalSeconds:F1}s");

        // Jackknifed first-pass labels for the training documents.
        var folds = Math.Clamp(options.Folds, 2, Math.Max(2, documents.Count));
        var firstPass = new int[documents.Count][][];
        for (var fold = 0; fold < folds; fold++)
        {
            var model = Fit(first, all.Where(d => d % folds != fold).ToArray(), options.Seed + (ulong)fold + 1, null, null);
            foreach (var d in all.Where(d => d % folds == fold))
            {
                firstPass[d] = first[d].Select(s => Decode(model, s.Keys, s.Offsets)).ToArray();
            }
        }

        log?.Invoke($"jackknifed first pass ({folds} folds): {clock.Elapsed.TotalSeconds:F1}s");
        var second = new Keyed[documents.Count][];
        for (var d = 0; d < documents.Count; d++)
        {
            var memory = new LabelMemory(views[d], firstPass[d]);
            second[d] = new Keyed[views[d].Count];
            for (var s = 0; s < views[d].Count; s++)
            {
                MemoryFeatures.Build(views[d][s], firstPass[d][s], memory, first[d][s].Keys, first[d][s].Offsets, buffer);
                second[d][s] = new Keyed(buffer.All.ToArray(), buffer.Offsets.ToArray(), first[d][s].Labels);
            }
        }

        var stage2 = Fit(second, all, options.Seed, "stage 2", log);
        log?.Invoke($"stage 2 trained: {clock.Elapsed.TotalSeconds:F1}s");
        return new TwoStageModel(stage1, stage2);
    }

    internal static int[] Decode(NerModel model, uint[] keys, int[] offsets)
    {
        var n = offsets.Length - 1;
        var labels = NerModel.LabelCount;
        var emissions = new float[n * labels];
        for (var t = 0; t < n; t++)
        {
            model.Score(keys.AsSpan(offsets[t], offsets[t + 1] - offsets[t]), emissions.AsSpan(t * labels, labels));
        }

        var result = new int[n];
        ViterbiDecoder.Decode(emissions, model.Transitions, labels, result);
        return result;
    }

    private NerModel Fit(Keyed[][] documents, int[] subset, ulong seed, string? name, Action<string>? log)
    {
        var counts = new Dictionary<uint, int>();
        foreach (var d in subset)
        {
            foreach (var sentence in documents[d])
            {
                foreach (var key in sentence.Keys)
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        var kept = counts.Where(kv => kv.Value >= options.MinFeatureCount).Select(kv => kv.Key).ToArray();
        Array.Sort(kept);
        var rowOf = new Dictionary<uint, int>(kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            rowOf[kept[i]] = i;
        }

        var encoded = subset.Select(d => documents[d].Select(s => Encode(s, rowOf)).ToArray()).ToArray();
        log?.Invoke($"{name}: {counts.Count:N0} features seen, {kept.Length:N0} kept (count >= {options.MinFeatureCount})");

        var labelsCount = NerLabels.Count;
        var weights = new float[kept.Length * labelsCount];
        var totals = new double[weights.Length];
        var transitions = new float[(labelsCount + 1) * labelsCount];
        var transitionTotals = new double[transitions.Length];
        var order = Enumerable.Range(0, encoded.Length).ToArray();
        var random = new SplitMix64(seed);
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

            log?.Invoke($"{name} epoch {epoch}: training token accuracy {100.0 * correct / Math.Max(1, total):F2}%");
        }

        return Average(kept, weights, totals, transitions, transitionTotals, step, name, log);
    }

    private static Encoded Encode(Keyed sentence, Dictionary<uint, int> rowOf)
    {
        var rows = new List<int>(sentence.Keys.Length);
        var offsets = new int[sentence.Offsets.Length];
        for (var t = 0; t + 1 < sentence.Offsets.Length; t++)
        {
            offsets[t] = rows.Count;
            for (var k = sentence.Offsets[t]; k < sentence.Offsets[t + 1]; k++)
            {
                if (rowOf.TryGetValue(sentence.Keys[k], out var row))
                {
                    rows.Add(row);
                }
            }
        }

        offsets[^1] = rows.Count;
        return new Encoded(rows.ToArray(), offsets, sentence.Labels);
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

    private NerModel Average(
        uint[] keys, float[] weights, double[] totals, float[] transitions, double[] transitionTotals, long step, string? name, Action<string>? log)
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

        log?.Invoke($"{name}: {keptKeys.Count:N0} features with a weight >= {options.PruneBelow}");
        return new NerModel(keptKeys.ToArray(), keptWeights.ToArray(), averagedTransitions);
    }
}
