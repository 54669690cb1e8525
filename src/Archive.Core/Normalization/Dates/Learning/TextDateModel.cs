using Archive.Core.Learning;
using Archive.Core.Model;

namespace Archive.Core.Normalization.Dates.Learning;

/// <summary>
/// The learnt choice among the days a text mentions: a linear score over <see cref="DayVectors"/> (standardised) for each
/// day, and a softmax over the text's days and "no day" (score 0), give each day the probability that it is the
/// publication day (a conditional logit: days compete within their page); the most probable day is returned as exact when it
/// reaches <see cref="ExactFrom"/>, and as inferred from <see cref="InferredFrom"/> (see <see cref="Choose"/>). Weights and
/// thresholds are made by <c>archive train-dates</c>
/// (<see cref="TextDateTraining"/>); the shipped ones are the embedded resource <c>text-dates.model</c>, whose header
/// names the command that made them.
/// </summary>
internal sealed class TextDateModel
{
    private const string ResourceName = "Archive.Core.Dates.text-dates.model";
    private static readonly string[] ScalarNames = ["bias", "exact-from", "inferred-from"];
    private static readonly Lazy<TextDateModel?> EmbeddedModel = new(LoadEmbedded);

    public TextDateModel(IReadOnlyList<double> means, IReadOnlyList<double> spreads, IReadOnlyList<double> weights, double bias, double exactFrom, double inferredFrom)
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
        InferredFrom = inferredFrom;
    }

    public IReadOnlyList<double> Means { get; }

    public IReadOnlyList<double> Spreads { get; }

    public IReadOnlyList<double> Weights { get; }

    public double Bias { get; }

    /// <summary>The probability from which the chosen day is exact (chosen on the training pages for the exact tier's precision).</summary>
    public double ExactFrom { get; }

    /// <summary>The probability from which a stated day is inferred (chosen on the training pages for a lower precision).</summary>
    public double InferredFrom { get; }

    /// <summary>The weights shipped in Archive.Core; null if the resource is missing.</summary>
    public static TextDateModel? Embedded => EmbeddedModel.Value;

    /// <summary>
    /// The model the date finder uses by default: the embedded one, which beats the hand rules on cross-validated accuracy
    /// and exact-tier precision (docs/benchmarks.md); <c>extract --date-model rules</c> gives the hand rules.
    /// </summary>
    public static TextDateModel? Default => Embedded;

    /// <summary>The score of the day whose features are <paramref name="row"/>; "no day" scores 0.</summary>
    public double Score(ReadOnlySpan<float> row)
    {
        var z = Bias;
        for (var k = 0; k < Weights.Count; k++)
        {
            z += Weights[k] * ((row[k] - Means[k]) / Spreads[k]);
        }

        return z;
    }

    /// <summary>Each day's probability of being the publication day, against the others and "no day" (score 0).</summary>
    internal static double[] Softmax(double[] scores)
    {
        var top = Math.Max(0, scores.Length == 0 ? 0 : scores.Max());
        var sum = Math.Exp(-top);
        var p = new double[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            p[i] = Math.Exp(scores[i] - top);
            sum += p[i];
        }

        for (var i = 0; i < p.Length; i++)
        {
            p[i] /= sum;
        }

        return p;
    }

    /// <summary>The most probable day and its probability, or null when the text names no usable day.</summary>
    public (DayEvidence Day, double Probability)? Best(IReadOnlyList<DayEvidence> days, HashSet<DayOfWeek> proseWeekdays)
    {
        var rows = DayVectors.Of(days, proseWeekdays);
        var p = Softmax(rows.Select(r => Score(r)).ToArray());
        (DayEvidence Day, double Probability)? best = null;
        for (var i = 0; i < p.Length; i++)
        {
            if (best is null || p[i] > best.Value.Probability)
            {
                best = (days[i], p[i]);
            }
        }

        return best;
    }

    /// <summary>
    /// The publication day of a text with its confidence, or null. Only a day the page states (<see cref="IsStated"/>)
    /// is taken on the model's word: exact from <see cref="ExactFrom"/>, inferred from <see cref="InferredFrom"/>. Below,
    /// a day is inferred only on evidence a reader can check: the hand rules also put it first and it clears their
    /// threshold (it stands where bylines and datelines stand), or it falls on a weekday the prose names
    /// (<see cref="TextDateScanner.Corroborated"/>). A caption's or a sentence's day is never taken on probability alone.
    /// </summary>
    public PublishedDate? Choose(IReadOnlyList<DayEvidence> days, HashSet<DayOfWeek> proseWeekdays)
    {
        if (Best(days, proseWeekdays) is not { } best)
        {
            return null;
        }

        var stated = IsStated(best.Day.Best);
        if (stated && best.Probability >= ExactFrom)
        {
            return new PublishedDate(best.Day.Date, DateConfidence.Exact);
        }

        if ((stated && best.Probability >= InferredFrom) || (days[0] == best.Day && best.Day.Score >= TextDateScanner.Threshold))
        {
            return new PublishedDate(best.Day.Date, DateConfidence.Inferred);
        }

        return TextDateScanner.Corroborated(days, proseWeekdays) is { } day ? new PublishedDate(day, DateConfidence.Inferred) : null;
    }

    /// <summary>
    /// Whether a mention states a day rather than mentions it: a short line (a byline, a dateline, a stamp), a paragraph
    /// the day opens, or a publication cue. A day only in a longer line (a caption, running text) is weak evidence
    /// however probable the model finds it, most of all when it is the page's only day.
    /// </summary>
    internal static bool IsStated(MentionEvidence mention) =>
        (mention.Shape is LineShape.Short or LineShape.Dateline && !mention.Caption) || mention.Context == DateContext.Published;

    public void Write(TextWriter writer, string provenance) =>
        ModelFile.Write(
            writer,
            "Text date model: softmax over a page's days and no day (score 0) of a linear score of DayVectors features (standardised).",
            provenance,
            [("bias", Bias), ("exact-from", ExactFrom), ("inferred-from", InferredFrom)],
            DayVectors.Names,
            Means,
            Spreads,
            Weights);

    public static TextDateModel Read(TextReader reader)
    {
        var file = ModelFile.Read(reader, "text date model", DayVectors.Names, ScalarNames);
        if (file.Scalars.Count != ScalarNames.Length)
        {
            throw new FormatException("A text date model states bias, exact-from and inferred-from.");
        }

        return new TextDateModel(file.Means, file.Spreads, file.Weights, file.Scalars["bias"], file.Scalars["exact-from"], file.Scalars["inferred-from"]);
    }

    public static TextDateModel ReadFile(string path) => ModelFile.ReadFile(path, Read);

    private static TextDateModel? LoadEmbedded() => ModelFile.ReadEmbedded(ResourceName, Read);
}
