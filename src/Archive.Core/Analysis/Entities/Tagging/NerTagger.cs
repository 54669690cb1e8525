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
    private readonly FeatureExtractor _extractor;

    internal NerTagger(TwoStageModel model, Gazetteer gazetteer)
    {
        _model = model;
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
        var firstPass = new int[views.Count][];
        var keys = new uint[views.Count][];
        var offsets = new int[views.Count][];
        for (var s = 0; s < views.Count; s++)
        {
            _extractor.Extract(views[s], context, buffer);
            keys[s] = buffer.All.ToArray();
            offsets[s] = buffer.Offsets.ToArray();
            firstPass[s] = Decode(_model.First, buffer);
        }

        var memory = new LabelMemory(views, firstPass);
        var result = new int[views.Count][];
        for (var s = 0; s < views.Count; s++)
        {
            MemoryFeatures.Build(views[s], firstPass[s], memory, keys[s], offsets[s], buffer);
            result[s] = Decode(_model.Second, buffer);
        }

        return result;
    }

    private static int[] Decode(NerModel model, FeatureBuffer buffer)
    {
        var n = buffer.TokenCount;
        var result = new int[n];
        if (n == 0)
        {
            return result;
        }

        var labels = NerModel.LabelCount;
        var emissions = System.Buffers.ArrayPool<float>.Shared.Rent(n * labels);
        var span = emissions.AsSpan(0, n * labels);
        span.Clear();
        for (var t = 0; t < n; t++)
        {
            model.Score(buffer.Token(t), span.Slice(t * labels, labels));
        }

        ViterbiDecoder.Decode(span, model.Transitions, labels, result);
        System.Buffers.ArrayPool<float>.Shared.Return(emissions);
        return result;
    }
}
