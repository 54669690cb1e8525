using Archive.Core.Analysis.Entities.Gazetteers;

namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// Tags tokens with IOB2 labels (B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC, O) with the
/// trained averaged-perceptron model embedded in Archive.Core (loaded once, on first use). Tagging a
/// whole document at once lets a word's other occurrences in the document inform its label.
/// Thread-safe: the model is read-only and every call has its own buffers.
/// </summary>
public sealed class NerTagger
{
    public const string ModelResource = "ner-model.bin";

    private static readonly Lazy<NerTagger> s_default = new(() =>
    {
        using var stream = EmbeddedText.Open(ModelResource);
        return new NerTagger(NerModel.Load(stream), Gazetteer.Default);
    });

    private readonly NerModel _model;
    private readonly FeatureExtractor _extractor;

    internal NerTagger(NerModel model, Gazetteer gazetteer)
    {
        _model = model;
        _extractor = new FeatureExtractor(gazetteer);
    }

    public static NerTagger Default => s_default.Value;

    /// <summary>Loads a model file written by <c>train-ner</c>.</summary>
    public static NerTagger FromFile(string path)
    {
        using var stream = File.OpenRead(path);
        return new NerTagger(NerModel.Load(stream), Gazetteer.Default);
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
        var result = new int[views.Count][];
        var emissions = Array.Empty<float>();
        for (var s = 0; s < views.Count; s++)
        {
            var n = views[s].Count;
            result[s] = new int[n];
            if (n == 0)
            {
                continue;
            }

            _extractor.Extract(views[s], context, buffer);
            if (emissions.Length < n * labels)
            {
                emissions = new float[n * labels * 2];
            }

            var span = emissions.AsSpan(0, n * labels);
            span.Clear();
            for (var t = 0; t < n; t++)
            {
                _model.Score(buffer.Token(t), span.Slice(t * labels, labels));
            }

            ViterbiDecoder.Decode(span, _model.Transitions, labels, result[s]);
        }

        return result;
    }
}
