using Archive.Core.Analysis.Entities.Conll;
using Archive.Core.Analysis.Entities.Tagging;
using Archive.Core.Learning;

namespace Archive.Core.Analysis.Entities.Kinds;

/// <summary>
/// Trains and checks the <see cref="KindModel"/> (what <c>train-kinds</c> runs): every gold mention of a CoNLL file
/// (PER, ORG, LOC, MISC) and of WNUT-2017-style files (<see cref="ExtraTrainingData"/>: products and creative works as
/// MISC, groups and corporations as ORG) is one example; a multiclass averaged perceptron learns from them in a
/// seeded order. Features seen once are dropped. Deterministic: the same files, epochs and seed give the same bytes.
/// </summary>
internal static class KindTraining
{
    public sealed record Example(List<uint> Keys, int Gold, bool Extra);

    public static List<Example> Examples(IEnumerable<TrainingSentence> sentences, bool extra)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var examples = new List<Example>();
        foreach (var sentence in sentences)
        {
            var labels = (int[])sentence.Labels.Clone();
            NerLabels.ToIob2(labels);
            var start = -1;
            for (var i = 0; i <= labels.Length; i++)
            {
                var label = i < labels.Length ? labels[i] : NerLabels.Outside;
                var continues = start >= 0 && NerLabels.IsInside(label) && NerLabels.TypeOf(label) == NerLabels.TypeOf(labels[start]);
                if (start >= 0 && !continues)
                {
                    examples.Add(new Example(KindFeatures.Of(sentence.Tokens, start, i), ClassOf(NerLabels.TypeOf(labels[start])), extra));
                    start = -1;
                }

                if (label != NerLabels.Outside && !continues)
                {
                    start = i;
                }
            }
        }

        return examples;
    }

    /// <summary>The tagger's types (1 PER, 2 ORG, 3 LOC, 4 MISC) as the kind model's classes.</summary>
    public static int ClassOf(int type) => type switch
    {
        1 => KindModel.Person,
        2 => KindModel.Organisation,
        3 => KindModel.Place,
        _ => KindModel.Misc,
    };

    public static IEnumerable<TrainingSentence> ConllSentences(string path) =>
        NerTraining.ToTrainingDocuments(ConllFile.Read(path)).SelectMany(d => d);

    public static IEnumerable<TrainingSentence> ExtraSentences(string path) =>
        ExtraTrainingData.Read(File.ReadLines(path)).SelectMany(d => d);

    /// <summary>Trains on the files, writes the model to <paramref name="output"/> and returns the held-out report.</summary>
    public static string Run(string trainPath, IReadOnlyList<string> extraPaths, string output, int epochs, ulong seed, string? testPath, IReadOnlyList<string> testExtraPaths)
    {
        var examples = Examples(ConllSentences(trainPath), extra: false);
        foreach (var path in extraPaths)
        {
            examples.AddRange(Examples(ExtraSentences(path), extra: true));
        }

        var model = Train(examples, epochs, seed);
        using (var stream = File.Create(output))
        {
            model.Save(stream);
        }

        using (var stream = File.OpenRead(output))
        {
            model = KindModel.Load(stream); // report what was written: half-precision weights
        }

        var report = new List<string> { $"{examples.Count} training mentions, {model.FeatureCount} features, {new FileInfo(output).Length:N0} bytes" };
        if (testPath is not null)
        {
            report.Add($"held out, {Path.GetFileName(testPath)}:");
            report.Add(Report(model, Examples(ConllSentences(testPath), extra: false)));
        }

        foreach (var path in testExtraPaths)
        {
            report.Add($"held out, {Path.GetFileName(path)}:");
            report.Add(Report(model, Examples(ExtraSentences(path), extra: true)));
        }

        return string.Join(Environment.NewLine, report);
    }

    public static KindModel Train(List<Example> examples, int epochs, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var seen = new Dictionary<uint, int>();
        foreach (var key in examples.SelectMany(e => e.Keys))
        {
            seen[key] = seen.GetValueOrDefault(key) + 1;
        }

        var weights = new Dictionary<uint, float[]>();
        var totals = new Dictionary<uint, float[]>();
        var order = examples.ToArray();
        var random = new SplitMix64(seed);
        var step = 1;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var example in order)
            {
                var keys = example.Keys.Where(k => seen[k] >= 2).ToList();
                var scores = new float[KindModel.Classes];
                foreach (var key in keys)
                {
                    if (weights.TryGetValue(key, out var w))
                    {
                        for (var c = 0; c < KindModel.Classes; c++)
                        {
                            scores[c] += w[c];
                        }
                    }
                }

                var guess = KindModel.Best(scores);
                if (guess != example.Gold)
                {
                    foreach (var key in keys)
                    {
                        if (!weights.TryGetValue(key, out var w))
                        {
                            weights[key] = w = new float[KindModel.Classes];
                            totals[key] = new float[KindModel.Classes];
                        }

                        var t = totals[key];
                        w[example.Gold] += 1;
                        w[guess] -= 1;
                        t[example.Gold] += step;
                        t[guess] -= step;
                    }
                }

                step++;
            }
        }

        var averaged = new Dictionary<uint, float[]>();
        foreach (var (key, w) in weights)
        {
            var t = totals[key];
            var a = new float[KindModel.Classes];
            for (var c = 0; c < KindModel.Classes; c++)
            {
                a[c] = w[c] - (t[c] / step);
            }

            if (a.Any(v => Math.Abs(v) >= 0.01f))
            {
                averaged[key] = a;
            }
        }

        return new KindModel(averaged);
    }

    /// <summary>
    /// Per class precision and recall of the model on gold mentions, and what matters to the site: of the people,
    /// organisations and places, how many it would call MISC (a name lost from the index); of the MISC, how many.
    /// </summary>
    public static string Report(KindModel model, List<Example> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        var confusion = new int[KindModel.Classes, KindModel.Classes];
        foreach (var e in examples)
        {
            confusion[e.Gold, KindModel.Best(model.Scores(e.Keys))]++;
        }

        string[] names = ["PER", "ORG", "LOC", "MISC"];
        var lines = new List<string>();
        var right = 0;
        for (var c = 0; c < KindModel.Classes; c++)
        {
            var tp = confusion[c, c];
            right += tp;
            var predicted = Enumerable.Range(0, KindModel.Classes).Sum(g => confusion[g, c]);
            var gold = Enumerable.Range(0, KindModel.Classes).Sum(p => confusion[c, p]);
            lines.Add($"{names[c],-4} P {Percent(tp, predicted)} R {Percent(tp, gold)} (gold {gold})");
        }

        var entities = Enumerable.Range(0, 3).Sum(g => Enumerable.Range(0, KindModel.Classes).Sum(p => confusion[g, p]));
        var lost = Enumerable.Range(0, 3).Sum(g => confusion[g, KindModel.Misc]);
        lines.Add($"accuracy {Percent(right, examples.Count)} of {examples.Count}; PER/ORG/LOC read as MISC: {lost} of {entities} ({Percent(lost, entities)})");
        return string.Join(Environment.NewLine, lines);
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:F1}";
}
