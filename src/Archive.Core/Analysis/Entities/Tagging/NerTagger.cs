using Archive.Core.Analysis.Entities.Gazetteers;

namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// Tags tokens with IOB2 labels (B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC, O) with the
/// trained averaged-perceptron model embedded in Archive.Core (loaded once, on first use). A document is
/// tagged in two passes: the second sees what the first labelled the same words elsewhere in the document.
/// Thread-safe: the model is read-only and every call has its own buffers.
/// </summary>
public sealed class NerTagger
{
    public const string ModelResource = "ner-model.bin";

    private static readonly Lazy<NerTagger> s_default = new(() =>
    {
        using var stream = EmbeddedText.Open(ModelResource);
        return new NerTagger(TwoStageModel.Load(stream), Gazetteer.Default);
    });

    private readonly TwoStageModel _model;
    private readonly StagedScorer _scorer;
    private readonly FeatureExtractor _extractor;

    internal NerTagger(TwoStageModel model, Gazetteer gazetteer)
    {
        _model = model;
        _scorer = new StagedScorer(model);
        _extractor = new FeatureExtractor(gazetteer);
    }

    public static NerTagger Default => s_default.Value;

    /// <summary>Loads a model file written by <c>train-ner</c>.</summary>
    public static NerTagger FromFile(string path)
    {
        using var stream = File.OpenRead(path);
        return new NerTagger(TwoStageModel.Load(stream), Gazetteer.Default);
    }

    /// <summary>Tags one sentence on its own.</summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return TagDocument([tokens])[0];
    }

    /// <summary>Tags the sentences of one document.</summary>
    public IReadOnlyList<string[]> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return TagLabels(sentences).Select(labels => labels.Select(l => NerLabels.Names[l]).ToArray()).ToList();
    }

    internal int[][] TagLabels(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var views = sentences.Select(s => new SentenceView(s)).ToList();
        var context = new DocumentContext(views);
        var buffer = new FeatureBuffer();
        var labels = NerModel.LabelCount;
        var firstPass = new int[views.Count][];
        var secondScores = new float[views.Count][];
        var firstScores = Array.Empty<float>();
        for (var s = 0; s < views.Count; s++)
        {
            var n = views[s].Count;
            _extractor.Extract(views[s], context, buffer);
            if (firstScores.Length < n * labels)
            {
                firstScores = new float[n * labels * 2];
            }

            var first = firstScores.AsSpan(0, n * labels);
            first.Clear();
            secondScores[s] = new float[n * labels];
            for (var t = 0; t < n; t++)
            {
                _scorer.Score(buffer.Token(t), first.Slice(t * labels, labels), secondScores[s].AsSpan(t * labels, labels));
            }

            firstPass[s] = new int[n];
            ViterbiDecoder.Decode(first, _model.First.Transitions, labels, firstPass[s]);
        }

        // The second pass adds the label-memory features to the second stage's scores of the first-pass features.
        var memory = new LabelMemory(views, firstPass);
        var result = new int[views.Count][];
        for (var s = 0; s < views.Count; s++)
        {
            var n = views[s].Count;
            MemoryFeatures.Build(views[s], firstPass[s], memory, null, null, buffer);
            var second = secondScores[s].AsSpan();
            for (var t = 0; t < n; t++)
            {
                _model.Second.Score(buffer.Token(t), second.Slice(t * labels, labels));
            }

            result[s] = new int[n];
            ViterbiDecoder.Decode(second, _model.Second.Transitions, labels, result[s]);
        }

        return result;
    }
}
