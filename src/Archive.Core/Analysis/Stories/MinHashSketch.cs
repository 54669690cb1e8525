namespace Archive.Core.Analysis.Stories;

/// <summary>
/// A MinHash signature of a shingle set made by one-permutation hashing: each shingle is hashed once and
/// falls into one of <see cref="Size"/> bins, which keep their smallest value; an empty bin borrows from the
/// next full one (rotation densification). Cost is linear in the body, not in body times signature size,
/// and two signatures agree in a bin with probability close to the Jaccard similarity of their sets.
/// </summary>
public sealed class MinHashSketch
{
    public const int Size = 128;
    private const int BinBits = 7;

    private MinHashSketch(ulong[] values) => Values = values;

    public IReadOnlyList<ulong> Values { get; }

    public static MinHashSketch? Of(IReadOnlyCollection<ulong> shingles)
    {
        ArgumentNullException.ThrowIfNull(shingles);
        if (shingles.Count == 0)
        {
            return null;
        }

        var bins = new ulong[Size];
        Array.Fill(bins, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            var h = Shingles.Mix(shingle ^ 0x9e3779b97f4a7c15UL);
            var bin = (int)(h >> (64 - BinBits));
            var value = h & (ulong.MaxValue >> BinBits);
            if (value < bins[bin])
            {
                bins[bin] = value;
            }
        }

        var values = new ulong[Size];
        for (var i = 0; i < Size; i++)
        {
            var distance = 0;
            var j = i;
            while (bins[j] == ulong.MaxValue)
            {
                j = (j + 1) % Size;
                distance++;
            }

            // The distance keeps a borrowed value from agreeing by accident with the bin it came from.
            values[i] = distance == 0 ? bins[j] : Shingles.Mix(bins[j] + (ulong)distance);
        }

        return new MinHashSketch(values);
    }

    /// <summary>The share of bins that agree: an estimate of the Jaccard similarity.</summary>
    public double Similarity(MinHashSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var same = 0;
        for (var i = 0; i < Size; i++)
        {
            same += Values[i] == other.Values[i] ? 1 : 0;
        }

        return (double)same / Size;
    }
}
