using System.Text.RegularExpressions;

namespace Archive.Core.Normalization.Text.Learning;

/// <summary>
/// Which lines of a text dump are article body, by a reference body (a hand-made truth, or the HTML reader's body of
/// the same page as a teacher): a line of three words or more is body when most of its word trigrams occur in the
/// reference; a shorter line when its words occur there in order and a neighbouring line is body. Words are
/// <c>\w+</c> runs, as the benchmark's metric reads them.
/// </summary>
internal static partial class TextLineLabels
{
    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var m in WordRegex().EnumerateMatches(text))
        {
            words.Add(text.Substring(m.Index, m.Length));
        }

        return words;
    }

    /// <summary>
    /// The labels, and how much of the reference the body lines cover (share of its distinct trigrams): a low
    /// coverage says the dump and the reference do not describe the same text, and the page teaches nothing.
    /// </summary>
    public static (bool[] Labels, double Coverage, int[] WordCounts) Of(CaptureLines c, string reference)
    {
        var body = Words(reference);
        var trigrams = Grams(body, 3);
        var bigrams = Grams(body, 2);
        var unigrams = Grams(body, 1);
        var labels = new bool[c.Count];
        var candidate = new bool[c.Count];
        var wordCounts = new int[c.Count];
        var covered = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < c.Count; i++)
        {
            var words = Words(c.String(i));
            wordCounts[i] = words.Count;
            if (words.Count >= 3)
            {
                var hits = 0;
                for (var j = 0; j + 3 <= words.Count; j++)
                {
                    var key = Key(words, j, 3);
                    if (trigrams.Contains(key))
                    {
                        hits++;
                    }
                }

                labels[i] = hits * 2 >= words.Count - 2;
                if (labels[i])
                {
                    for (var j = 0; j + 3 <= words.Count; j++)
                    {
                        var key = Key(words, j, 3);
                        if (trigrams.Contains(key))
                        {
                            covered.Add(key);
                        }
                    }
                }
            }
            else if (words.Count > 0)
            {
                candidate[i] = (words.Count == 2 ? bigrams : unigrams).Contains(Key(words, 0, words.Count));
            }
        }

        for (var i = 0; i < c.Count; i++)
        {
            if (candidate[i] && ((i > 0 && labels[i - 1] && wordCounts[i - 1] >= 3) || (i + 1 < c.Count && labels[i + 1] && wordCounts[i + 1] >= 3)))
            {
                labels[i] = true;
            }
        }

        return (labels, trigrams.Count == 0 ? 0 : (double)covered.Count / trigrams.Count, wordCounts);
    }

    private static HashSet<string> Grams(List<string> words, int n)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j + n <= words.Count; j++)
        {
            set.Add(Key(words, j, n));
        }

        return set;
    }

    private static string Key(List<string> words, int at, int n) => string.Join('\u0001', words.GetRange(at, n));
}
