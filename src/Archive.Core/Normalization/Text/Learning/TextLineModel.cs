using Archive.Core.Learning;

namespace Archive.Core.Normalization.Text.Learning;

/// <summary>
/// The learnt text-dump line classifier: a logistic regression over <see cref="LineVectors"/> (standardised), giving
/// each line the probability that it is article body, and the threshold the decoder scores lines against. Made by
/// <c>archive train-text</c> (<see cref="TextLineTraining"/>); the shipped weights are the embedded resource
/// <c>text-lines.model</c>, whose header names the command that made them. Each standardised feature is bounded to
/// ±<see cref="Clip"/> spreads around its training mean, in training and in reading alike: a dump far outside what the
/// training pages held (one stretch of uniform prose from top to bottom, every line prose) moves a line's score no
/// further than the edge of what was seen, instead of a linear model's unbounded extrapolation.
/// </summary>
internal sealed class TextLineModel
{
    private const string ResourceName = "Archive.Core.Text.text-lines.model";
    private static readonly string[] ScalarNames = ["threshold", "drop-below", "clip"];

    /// <summary>How many spreads from its mean a standardised feature may lie, for the models <c>train-text</c> makes.</summary>
    public const double DefaultClip = 4;

    private readonly float[] _weights; // per feature, already divided by the feature's spread
    private readonly float[] _low;     // per feature, the raw value Clip spreads under its mean
    private readonly float[] _high;    // per feature, the raw value Clip spreads over its mean
    private readonly float _bias;      // the bias with every feature's mean folded in

    public TextLineModel(
        IReadOnlyList<double> means, IReadOnlyList<double> spreads, IReadOnlyList<double> weights, double threshold, double dropBelow = 0, double clip = 0)
    {
        if (means.Count != LineVectors.Width || spreads.Count != LineVectors.Width || weights.Count != LineVectors.Width)
        {
            throw new ArgumentException($"A text line model has {LineVectors.Width} features.");
        }

        Means = means;
        Spreads = spreads;
        Weights = weights;
        Threshold = threshold;
        DropBelow = dropBelow;
        Clip = clip;
        _weights = new float[weights.Count];
        _low = new float[weights.Count];
        _high = new float[weights.Count];
        double bias = 0;
        for (var k = 0; k < weights.Count; k++)
        {
            _weights[k] = (float)(weights[k] / spreads[k]);
            bias -= weights[k] * means[k] / spreads[k];
            _low[k] = clip > 0 ? (float)(means[k] - (clip * spreads[k])) : float.NegativeInfinity;
            _high[k] = clip > 0 ? (float)(means[k] + (clip * spreads[k])) : float.PositiveInfinity;
        }

        _bias = (float)bias;
    }

    public IReadOnlyList<double> Means { get; }

    public IReadOnlyList<double> Spreads { get; }

    public IReadOnlyList<double> Weights { get; }

    /// <summary>The probability at which a line adds as much to the text as it costs (the decoder's break-even).</summary>
    public double Threshold { get; }

    /// <summary>The probability under which a line inside the text is set aside (0: none is).</summary>
    public double DropBelow { get; }

    /// <summary>How many spreads from its training mean a feature may lie before it counts as that far (0: unbounded, as models made before the bound).</summary>
    public double Clip { get; }

    /// <summary>A standardised feature value bounded to ±<paramref name="clip"/> (unbounded when <paramref name="clip"/> is 0).</summary>
    public static double Standardise(double value, double mean, double spread, double clip)
    {
        var z = (value - mean) / spread;
        return clip > 0 ? Math.Clamp(z, -clip, clip) : z;
    }

    private static readonly Lazy<TextLineModel?> EmbeddedModel = new(LoadEmbedded);

    /// <summary>The model the default text reader uses (null: the hand rules); docs/extraction.md gives the figures behind the choice.</summary>
    public static TextLineModel? Default => Embedded;

    /// <summary>The weights shipped in Archive.Core; null if the resource is missing.</summary>
    public static TextLineModel? Embedded => EmbeddedModel.Value;

    /// <summary>The probability that the line whose features are <paramref name="row"/> is article body.</summary>
    public double Probability(ReadOnlySpan<float> row)
    {
        var z = _bias;
        for (var k = 0; k < _weights.Length; k++)
        {
            z += _weights[k] * Math.Clamp(row[k], _low[k], _high[k]);
        }

        return 1 / (1 + Math.Exp(-z));
    }

    public void Write(TextWriter writer, string provenance) =>
        ModelFile.Write(
            writer,
            "Text-dump line classifier: logistic regression over LineVectors features (standardised).",
            provenance,
            Clip > 0 ? [("threshold", Threshold), ("drop-below", DropBelow), ("clip", Clip)] : [("threshold", Threshold), ("drop-below", DropBelow)],
            LineVectors.Names,
            Means,
            Spreads,
            Weights);

    public static TextLineModel Read(TextReader reader)
    {
        var file = ModelFile.Read(reader, "text line model", LineVectors.Names, ScalarNames);
        if (!file.Scalars.TryGetValue("threshold", out var threshold))
        {
            throw new FormatException("The text line model has no threshold.");
        }

        return new TextLineModel(
            file.Means, file.Spreads, file.Weights, threshold, file.Scalars.GetValueOrDefault("drop-below"), file.Scalars.GetValueOrDefault("clip"));
    }

    public static TextLineModel ReadFile(string path) => ModelFile.ReadFile(path, Read);

    private static TextLineModel? LoadEmbedded() => ModelFile.ReadEmbedded(ResourceName, Read);
}
