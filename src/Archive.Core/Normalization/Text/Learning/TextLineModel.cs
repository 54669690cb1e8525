using System.Globalization;
using System.Reflection;

namespace Archive.Core.Normalization.Text.Learning;

/// <summary>
/// The learnt text-dump line classifier: a logistic regression over <see cref="LineVectors"/> (standardised), giving
/// each line the probability that it is article body, and the threshold the decoder scores lines against. Made by
/// <c>archive train-text</c> (<see cref="TextLineTraining"/>); the shipped weights are the embedded resource
/// <c>text-lines.model</c>, whose header names the command that made them.
/// </summary>
internal sealed class TextLineModel
{
    private const string ResourceName = "Archive.Core.Text.text-lines.model";

    private readonly float[] _weights; // per feature, already divided by the feature's spread
    private readonly float _bias;      // the bias with every feature's mean folded in

    public TextLineModel(IReadOnlyList<double> means, IReadOnlyList<double> spreads, IReadOnlyList<double> weights, double threshold, double dropBelow = 0)
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
        _weights = new float[weights.Count];
        double bias = 0;
        for (var k = 0; k < weights.Count; k++)
        {
            _weights[k] = (float)(weights[k] / spreads[k]);
            bias -= weights[k] * means[k] / spreads[k];
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
            z += _weights[k] * row[k];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    public void Write(TextWriter writer, string provenance)
    {
        writer.WriteLine("# Text-dump line classifier: logistic regression over LineVectors features (standardised).");
        foreach (var line in provenance.Split('\n'))
        {
            writer.WriteLine("# " + line.TrimEnd());
        }

        writer.WriteLine(FormattableString.Invariant($"threshold\t{Threshold:R}"));
        writer.WriteLine(FormattableString.Invariant($"drop-below\t{DropBelow:R}"));
        writer.WriteLine("# feature\tmean\tspread\tweight");
        for (var k = 0; k < LineVectors.Width; k++)
        {
            writer.WriteLine(FormattableString.Invariant($"{LineVectors.Names[k]}\t{Means[k]:R}\t{Spreads[k]:R}\t{Weights[k]:R}"));
        }
    }

    public static TextLineModel Read(TextReader reader)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < LineVectors.Width; k++)
        {
            index[LineVectors.Names[k]] = k;
        }

        var means = new double[LineVectors.Width];
        var spreads = new double[LineVectors.Width];
        var weights = new double[LineVectors.Width];
        var found = new bool[LineVectors.Width];
        double? threshold = null;
        var dropBelow = 0.0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells[0] == "threshold" && cells.Length == 2)
            {
                threshold = double.Parse(cells[1], CultureInfo.InvariantCulture);
            }
            else if (cells[0] == "drop-below" && cells.Length == 2)
            {
                dropBelow = double.Parse(cells[1], CultureInfo.InvariantCulture);
            }
            else if (cells.Length == 4 && index.TryGetValue(cells[0], out var k))
            {
                means[k] = double.Parse(cells[1], CultureInfo.InvariantCulture);
                spreads[k] = double.Parse(cells[2], CultureInfo.InvariantCulture);
                weights[k] = double.Parse(cells[3], CultureInfo.InvariantCulture);
                found[k] = true;
            }
            else
            {
                throw new FormatException($"Unknown line in a text line model: '{line}'.");
            }
        }

        var missing = Array.IndexOf(found, false);
        if (missing >= 0 || threshold is null)
        {
            throw new FormatException(missing >= 0 ? $"The text line model has no weight for '{LineVectors.Names[missing]}'." : "The text line model has no threshold.");
        }

        return new TextLineModel(means, spreads, weights, threshold.Value, dropBelow);
    }

    public static TextLineModel ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    private static TextLineModel? LoadEmbedded()
    {
        using var stream = typeof(TextLineModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
