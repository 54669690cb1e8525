using System.Text;

namespace Archive.Core.Learning;

/// <summary>
/// The article-extraction benchmark's body metric (scrapinghub's article-extraction-benchmark, as its score.py computes
/// it): a text is its word tokens (runs of letters, numbers and underscores, case kept), taken as a multiset of 4-token
/// shingles (a text of one to three tokens is one shorter shingle); per page, true and false positives and false
/// negatives are counted over shingles and divided by their sum, so every page weighs the same; precision and recall are
/// averaged over the pages, and F1 is the harmonic mean of the two averages (not a mean of per-page F1s).
/// </summary>
internal static class ShingleF1
{
    private const int Size = 4;

    /// <summary>A page's shares of true positives, false positives and false negatives.</summary>
    public readonly record struct Counts(double TruePositive, double FalsePositive, double FalseNegative);

    /// <summary>The multiset of shingles of a text.</summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Count - Size + 1);
        for (var i = 0; i < count && tokens.Count > 0; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(Size));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    /// <summary>A page's counts, the prediction against the truth's shingles (<see cref="Shingles"/>).</summary>
    public static Counts Score(Dictionary<string, int> truth, string predicted)
    {
        var guess = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, a) in truth)
        {
            var b = guess.GetValueOrDefault(key);
            tp += Math.Min(a, b);
            fn += Math.Max(0, a - b);
        }

        foreach (var (key, b) in guess)
        {
            fp += Math.Max(0, b - truth.GetValueOrDefault(key));
        }

        var sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(tp, fp, fn);
    }

    /// <summary>F1 of the mean precision and mean recall over pages, as the benchmark averages them.</summary>
    public static (double F1, double Precision, double Recall) Of(IReadOnlyList<Counts> pages)
    {
        double precision = 0, recall = 0;
        int precisionPages = 0, recallPages = 0;
        foreach (var (tp, fp, fn) in pages)
        {
            if (tp + fp > 0)
            {
                precision += fp == 0 && fn == 0 ? 1 : tp / (tp + fp);
                precisionPages++;
            }

            if (tp + fn > 0)
            {
                recall += fp == 0 && fn == 0 ? 1 : tp / (tp + fn);
                recallPages++;
            }
        }

        var p = precisionPages == 0 ? 0 : precision / precisionPages;
        var r = recallPages == 0 ? 0 : recall / recallPages;
        return (p + r == 0 ? 0 : 2 * p * r / (p + r), p, r);
    }

    /// <summary>The word tokens of a text: maximal runs of letters, numbers and underscores (Python's <c>\w+</c>).</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) || Rune.IsNumber(rune) || rune.Value == '_')
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }
}
