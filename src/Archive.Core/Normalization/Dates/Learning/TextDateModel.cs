using System.Globalization;
using Archive.Core.Model;

namespace Archive.Core.Normalization.Dates.Learning;

/// <summary>
/// The learnt choice among the days a text mentions: a logistic regression over <see cref="DayVectors"/> (standardised)
/// gives each day the probability that it is the publication day; the most probable day is returned as exact when it
/// reaches <see cref="ExactFrom"/>, as inferred when it reaches <see cref="AnswerFrom"/>, else none. Weights and both
/// thresholds are made by <c>archive train-dates</c> (<see cref="TextDateTraining"/>); the shipped ones are the embedded
/// resource <c>text-dates.model</c>, whose header names the command that made them.
/// </summary>
internal sealed class TextDateModel
{
    private const string ResourceName = "Archive.Core.Dates.text-dates.model";
    private static readonly Lazy<TextDateModel?> EmbeddedModel = new(LoadEmbedded);

    public TextDateModel(IReadOnlyList<double> means, IReadOnlyList<double> spreads, IReadOnlyList<double> weights, double bias, double exactFrom, double answerFrom)
    {
        if (means.Count != DayVectors.Width || spreads.Count != DayVectors.Width || weights.Count != DayVectors.Width)
        {
            throw new ArgumentException($"A text date model has {DayVectors.Width} features.");
        }

        Means = means;
        Spreads = spreads;
        Weights = weights;
        Bias = bias;
        ExactFrom = exactFrom;
        AnswerFrom = answerFrom;
    }

    public IReadOnlyList<double> Means { get; }

    public IReadOnlyList<double> Spreads { get; }

    public IReadOnlyList<double> Weights { get; }

    public double Bias { get; }

    /// <summary>The probability from which the chosen day is exact (chosen on the training pages for the exact tier's precision).</summary>
    public double ExactFrom { get; }

    /// <summary>The probability under which no day is returned (chosen on the training pages: answering must gain more than it loses).</summary>
    public double AnswerFrom { get; }

    /// <summary>The weights shipped in Archive.Core; null if the resource is missing.</summary>
    public static TextDateModel? Embedded => EmbeddedModel.Value;

    /// <summary>
    /// The model the date finder uses by default: null (the hand rules). The embedded model beats them on cross-validated
    /// accuracy and exact-tier precision, but answers where the inferred-date rules abstain (a caption day on a weekday the
    /// prose does not name), so it stays behind <c>extract --date-model learnt</c> until that is settled.
    /// </summary>
    public static TextDateModel? Default => null;

    /// <summary>The probability that the day whose features are <paramref name="row"/> is the publication day.</summary>
    public double Probability(ReadOnlySpan<float> row)
    {
        var z = Bias;
        for (var k = 0; k < Weights.Count; k++)
        {
            z += Weights[k] * ((row[k] - Means[k]) / Spreads[k]);
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The most probable day and its probability, or null when the text names no usable day.</summary>
    public (DateOnly Day, double Probability)? Best(IReadOnlyList<DayEvidence> days, HashSet<DayOfWeek> proseWeekdays)
    {
        var rows = DayVectors.Of(days, proseWeekdays);
        (DateOnly Day, double Probability)? best = null;
        for (var i = 0; i < rows.Length; i++)
        {
            var p = Probability(rows[i]);
            if (best is null || p > best.Value.Probability)
            {
                best = (days[i].Date, p);
            }
        }

        return best;
    }

    /// <summary>The publication day of a text with its confidence, or null.</summary>
    public PublishedDate? Choose(IReadOnlyList<DayEvidence> days, HashSet<DayOfWeek> proseWeekdays) =>
        Best(days, proseWeekdays) is { } best && best.Probability >= AnswerFrom
            ? new PublishedDate(best.Day, best.Probability >= ExactFrom ? DateConfidence.Exact : DateConfidence.Inferred)
            : null;

    public void Write(TextWriter writer, string provenance)
    {
        writer.WriteLine("# Text date model: logistic regression over DayVectors features (standardised).");
        foreach (var line in provenance.Split('\n'))
        {
            writer.WriteLine("# " + line.TrimEnd());
        }

        writer.WriteLine(FormattableString.Invariant($"bias\t{Bias:R}"));
        writer.WriteLine(FormattableString.Invariant($"exact-from\t{ExactFrom:R}"));
        writer.WriteLine(FormattableString.Invariant($"answer-from\t{AnswerFrom:R}"));
        writer.WriteLine("# feature\tmean\tspread\tweight");
        for (var k = 0; k < DayVectors.Width; k++)
        {
            writer.WriteLine(FormattableString.Invariant($"{DayVectors.Names[k]}\t{Means[k]:R}\t{Spreads[k]:R}\t{Weights[k]:R}"));
        }
    }

    public static TextDateModel Read(TextReader reader)
    {
        var index = DayVectors.Names.Select((name, k) => (name, k)).ToDictionary(p => p.name, p => p.k, StringComparer.Ordinal);
        var means = new double[DayVectors.Width];
        var spreads = new double[DayVectors.Width];
        var weights = new double[DayVectors.Width];
        var found = new bool[DayVectors.Width];
        var scalars = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length == 2 && cells[0] is "bias" or "exact-from" or "answer-from")
            {
                scalars[cells[0]] = double.Parse(cells[1], CultureInfo.InvariantCulture);
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
                throw new FormatException($"Unknown line in a text date model: '{line}'.");
            }
        }

        var missing = Array.IndexOf(found, false);
        if (missing >= 0)
        {
            throw new FormatException($"The text date model has no weight for '{DayVectors.Names[missing]}'.");
        }

        if (scalars.Count != 3)
        {
            throw new FormatException("A text date model states bias, exact-from and answer-from.");
        }

        return new TextDateModel(means, spreads, weights, scalars["bias"], scalars["exact-from"], scalars["answer-from"]);
    }

    public static TextDateModel ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    private static TextDateModel? LoadEmbedded()
    {
        using var stream = typeof(TextDateModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
