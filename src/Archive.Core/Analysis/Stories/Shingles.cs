using System.Globalization;

namespace Archive.Core.Analysis.Stories;

/// <summary>
/// A body as the set of its four-word shingles, each a 64-bit hash: words are runs of letters and digits,
/// lower-cased, so punctuation, spacing and case (what differs between a text dump and a saved page) do not count.
/// </summary>
public static class Shingles
{
    public const int Width = 4;

    public static HashSet<ulong> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        var set = new HashSet<ulong>(Math.Max(0, words.Count - Width + 1));
        for (var i = 0; i + Width <= words.Count; i++)
        {
            var h = 0xcbf29ce484222325UL;
            for (var j = 0; j < Width; j++)
            {
                h = Mix(h ^ words[i + j]);
            }

            set.Add(h);
        }

        return set;
    }

    /// <summary>The share of the smaller set found in the larger: 1 when one body holds all of the other.</summary>
    public static double Containment(HashSet<ulong> a, HashSet<ulong> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        if (small.Count == 0)
        {
            return 0;
        }

        var shared = small.Count(large.Contains);
        return (double)shared / small.Count;
    }

    /// <summary>The same share for two sets given as ascending arrays, by one merge pass.</summary>
    public static double Containment(ulong[] a, ulong[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var small = Math.Min(a.Length, b.Length);
        if (small == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / small;
    }

    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>(text.Length / 6);
        var h = 0UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                h = ((inWord ? h : 0x100000001b3UL) ^ char.ToLower(c, CultureInfo.InvariantCulture)) * 0x100000001b3UL;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(h);
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(h);
        }

        return words;
    }

    /// <summary>SplitMix64's finaliser: every input bit reaches every output bit.</summary>
    internal static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }
}
