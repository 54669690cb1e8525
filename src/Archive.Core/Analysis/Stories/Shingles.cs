using System.Buffers;
using System.Globalization;

namespace Archive.Core.Analysis.Stories;

/// <summary>
/// A body as the set of its four-word shingles, each a 64-bit hash: words are runs of letters and digits,
/// lower-cased, so punctuation, spacing and case (what differs between a text dump and a saved page) do not count.
/// </summary>
public static class Shingles
{
    public const int Width = 4;

    public static HashSet<ulong> Of(string text) => [.. Hashes(text)];

    /// <summary>The same shingles as <see cref="Of"/>, distinct and in ascending order: what story identity compares.</summary>
    public static ulong[] Sorted(string text)
    {
        // Sorting the hashes and dropping repeats gives the set's ascending array without building the set.
        var hashes = Hashes(text);
        Array.Sort(hashes);
        var distinct = 0;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (distinct == 0 || hashes[i] != hashes[distinct - 1])
            {
                hashes[distinct++] = hashes[i];
            }
        }

        return distinct == hashes.Length ? hashes : hashes[..distinct];
    }

    /// <summary>The hash of every four-word window, in text order, repeats included.</summary>
    private static ulong[] Hashes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = ArrayPool<ulong>.Shared.Rent(text.Length / 2 + 1);
        try
        {
            var count = Words(text, buffer);
            var hashes = new ulong[Math.Max(0, count - Width + 1)];
            for (var i = 0; i < hashes.Length; i++)
            {
                var h = 0xcbf29ce484222325UL;
                for (var j = 0; j < Width; j++)
                {
                    h = Mix(h ^ buffer[i + j]);
                }

                hashes[i] = h;
            }

            return hashes;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(buffer);
        }
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

    /// <summary>Hashes of the text's words into <paramref name="words"/> (room for one per two characters); returns how many.</summary>
    private static int Words(string text, ulong[] words)
    {
        var count = 0;
        var h = 0UL;
        var inWord = false;
        foreach (var c in text)
        {
            // ASCII without the Unicode tables (most text); the same answers as char.IsLetterOrDigit and char.ToLower.
            char lower;
            if (c < 0x80)
            {
                var folded = (char)(c | 0x20);
                lower = folded is >= 'a' and <= 'z' ? folded : c is >= '0' and <= '9' ? c : '\0';
            }
            else
            {
                lower = char.IsLetterOrDigit(c) ? char.ToLower(c, CultureInfo.InvariantCulture) : '\0';
            }

            if (lower != '\0')
            {
                h = ((inWord ? h : 0x100000001b3UL) ^ lower) * 0x100000001b3UL;
                inWord = true;
            }
            else if (inWord)
            {
                words[count++] = h;
                inWord = false;
            }
        }

        if (inWord)
        {
            words[count++] = h;
        }

        return count;
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
