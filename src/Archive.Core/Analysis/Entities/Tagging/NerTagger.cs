using Archive.Core.Analysis.Entities.Gazetteers;

namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// Tags tokens with IOB2 labels (B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC, O) with the
/// trained averaged-perceptron model embedded in Archive.Core (loaded once, on first use). A document is
/// tagged in two passes: the second sees what the first labelled the same words elsewhere in the document.
/// Thread-safe: the model is read-only and each thread reuses its own buffers.
/// </summary>
public sealed class NerTagger
{
    public const string ModelResource = "ner-model.bin";

    private static readonly Lazy<NerTagger> s_default = new(() =>
    {
        using var stream = EmbeddedText.Open(ModelResource);
        return new NerTagger(TwoStageModel.Load(stream), Gazetteer.Default);
    });

    [ThreadStatic]
    private static Scratch? t_scratch;

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
        var labels = TagLabels(sentences);
        var names = new string[labels.Length][];
        for (var s = 0; s < labels.Length; s++)
        {
            names[s] = new string[labels[s].Length];
            for (var t = 0; t < labels[s].Length; t++)
            {
                names[s][t] = NerLabels.Names[labels[s][t]];
            }
        }

        return names;
    }

    internal int[][] TagLabels(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var views = new SentenceView[sentences.Count];
        var total = 0;
        for (var s = 0; s < views.Length; s++)
        {
            views[s] = new SentenceView(sentences[s]);
            total += views[s].Count;
        }

        var context = new DocumentContext(views);
        var scratch = t_scratch ??= new Scratch();
        var buffer = scratch.Buffer;
        var labels = NerModel.LabelCount;
        var firstScores = scratch.First(total * labels);
        var secondScores = scratch.Second(total * labels);
        var firstPass = new int[views.Length][];
        var offset = 0;
        for (var s = 0; s < views.Length; s++)
        {
            var n = views[s].Count;
            _extractor.Extract(views[s], context, buffer);
            var first = firstScores.Slice(offset * labels, n * labels);
            var second = secondScores.Slice(offset * labels, n * labels);
            for (var t = 0; t < n; t++)
            {
                _scorer.Score(buffer.Token(t), first.Slice(t * labels, labels), second.Slice(t * labels, labels));
            }

            firstPass[s] = new int[n];
            ViterbiDecoder.Decode(first, _model.First.Transitions, labels, firstPass[s]);
            offset += n;
        }

        // The second pass adds the label-memory features to the second stage's scores of the first-pass features.
        var memory = new LabelMemory(views, firstPass);
        var result = new int[views.Length][];
        offset = 0;
        for (var s = 0; s < views.Length; s++)
        {
            var n = views[s].Count;
            MemoryFeatures.Build(views[s], firstPass[s], memory, null, null, buffer);
            var second = secondScores.Slice(offset * labels, n * labels);
            for (var t = 0; t < n; t++)
            {
                _model.Second.Score(buffer.Token(t), second.Slice(t * labels, labels));
            }

            result[s] = new int[n];
            ViterbiDecoder.Decode(second, _model.Second.Transitions, labels, result[s]);
            offset += n;
        }

        return result;
    }

    /// <summary>Buffers one thread reuses from document to document, so tagging allocates little beyond its results.</summary>
    private sealed class Scratch
    {
        private float[] _first = new float[4096];
        private float[] _second = new float[4096];

        public FeatureBuffer Buffer { get; } = new();

        /// <summary>A cleared score buffer of <paramref name="length"/> for the first stage.</summary>
        public Span<float> First(int length) => Cleared(ref _first, length);

        /// <summary>A cleared score buffer of <paramref name="length"/> for the second stage.</summary>
        public Span<float> Second(int length) => Cleared(ref _second, length);

        private static Span<float> Cleared(ref float[] array, int length)
        {
            if (array.Length < length)
            {
                array = new float[Math.Max(length, array.Length * 2)];
            }

            var span = array.AsSpan(0, length);
            span.Clear();
            return span;
        }
    }
}
