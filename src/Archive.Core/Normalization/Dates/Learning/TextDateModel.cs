using Archive.Core.Learning;
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
    private static readonly string[] ScalarNames = ["bias", "exact-from", "answer-from"];
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

    public void Write(TextWriter writer, string provenance) =>
        ModelFile.Write(
            writer,
            "Text date model: logistic regression over DayVectors features (standardised).",
            provenance,
            [("bias", Bias), ("exact-from", ExactFrom), ("answer-from", AnswerFrom)],
            DayVectors.Names,
            Means,
            Spreads,
            Weights);

    public static TextDateModel Read(TextReader reader)
    {
        var file = ModelFile.Read(reader, "text date model", DayVectors.Names, ScalarNames);
        if (file.Scalars.Count != ScalarNames.Length)
        {
            throw new FormatException("A text date model states bias, exact-from and answer-from.");
        }

        return new TextDateModel(file.Means, file.Spreads, file.Weights, file.Scalars["bias"], file.Scalars["exact-from"], file.Scalars["answer-from"]);
    }

    public static TextDateModel ReadFile(string path) => ModelFile.ReadFile(path, Read);

    private static TextDateModel? LoadEmbedded() => ModelFile.ReadEmbedded(ResourceName, Read);
}
