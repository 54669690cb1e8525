using Archive.Core.Learning;
using Archive.Core.Model;

namespace Archive.Core.Normalization.Dates.Learning;

/// <summary>
/// The learnt choice among the days a text mentions: a logistic regression over <see cref="DayVectors"/> (standardised)
/// gives each day the probability that it is the publication day; the most probable day is returned as exact when it
/// reaches <see cref="ExactFrom"/>. Under it the model alone dates nothing: a day is inferred only on evidence a reader
/// can check (see <see cref="Choose"/>). Weights and threshold are made by <c>archive train-dates</c>
/// (<see cref="TextDateTraining"/>); the shipped ones are the embedded resource <c>text-dates.model</c>, whose header
/// names the command that made them.
/// </summary>
internal sealed class TextDateModel
{
    private const string ResourceName = "Archive.Core.Dates.text-dates.model";
    private static readonly string[] ScalarNames = ["bias", "exact-from"];
    private static readonly Lazy<TextDateModel?> EmbeddedModel = new(LoadEmbedded);

    public TextDateModel(IReadOnlyList<double> means, IReadOnlyList<double> spreads, IReadOnlyList<double> weights, double bias, double exactFrom)
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
    }

    public IReadOnlyList<double> Means { get; }

    public IReadOnlyList<double> Spreads { get; }

    public IReadOnlyList<double> Weights { get; }

    public double Bias { get; }

    /// <summary>The probability from which the chosen day is exact (chosen on the training pages for the exact tier's precision).</summary>
    public double ExactFrom { get; }

    /// <summary>The weights shipped in Archive.Core; null if the resource is missing.</summary>
    public static TextDateModel? Embedded => EmbeddedModel.Value;

    /// <summary>
    /// The model the date finder uses by default: the embedded one, which beats the hand rules on cross-validated accuracy
    /// and exact-tier precision (docs/benchmarks.md); <c>extract --date-model rules</c> gives the hand rules.
    /// </summary>
    public static TextDateModel? Default => Embedded;

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

    /// <summary>
    /// The publication day of a text with its confidence, or null. Exact: the most probable day, when it reaches
    /// <see cref="ExactFrom"/>. Inferred, below it: that day when the hand rules also put it first and it clears their
    /// threshold (it stands where bylines and datelines stand), else a weak day on a weekday the prose names
    /// (<see cref="TextDateScanner.Corroborated"/>). A less probable answer is not given: it would be wrong too often.
    /// </summary>
    public PublishedDate? Choose(IReadOnlyList<DayEvidence> days, HashSet<DayOfWeek> proseWeekdays)
    {
        if (Best(days, proseWeekdays) is not { } best)
        {
            return null;
        }

        if (best.Probability >= ExactFrom)
        {
            return new PublishedDate(best.Day, DateConfidence.Exact);
        }

        if (days[0].Date == best.Day && days[0].Score >= TextDateScanner.Threshold)
        {
            return new PublishedDate(best.Day, DateConfidence.Inferred);
        }

        return TextDateScanner.Corroborated(days, proseWeekdays) is { } day ? new PublishedDate(day, DateConfidence.Inferred) : null;
    }

    public void Write(TextWriter writer, string provenance) =>
        ModelFile.Write(
            writer,
            "Text date model: logistic regression over DayVectors features (standardised).",
            provenance,
            [("bias", Bias), ("exact-from", ExactFrom)],
            DayVectors.Names,
            Means,
            Spreads,
            Weights);

    public static TextDateModel Read(TextReader reader)
    {
        var file = ModelFile.Read(reader, "text date model", DayVectors.Names, ScalarNames);
        if (file.Scalars.Count != ScalarNames.Length)
        {
            throw new FormatException("A text date model states bias and exact-from.");
        }

        return new TextDateModel(file.Means, file.Spreads, file.Weights, file.Scalars["bias"], file.Scalars["exact-from"]);
    }

    public static TextDateModel ReadFile(string path) => ModelFile.ReadFile(path, Read);

    private static TextDateModel? LoadEmbedded() => ModelFile.ReadEmbedded(ResourceName, Read);
}
