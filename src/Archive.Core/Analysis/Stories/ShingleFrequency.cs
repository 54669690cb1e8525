namespace Archive.Core.Analysis.Stories;

/// <summary>
/// In how many captures each shingle occurs, estimated in fixed memory (a count-min sketch: two rows of counters,
/// the estimate is the smaller count; it can only overestimate). Linear in the archive: one increment per shingle
/// of each capture, one lookup per shingle later. Used to tell text that many captures share (a footer, a recurring
/// template sentence) from the text of one story, which only its own few copies share.
/// </summary>
public sealed class ShingleFrequency
{
    private const int MaxBits = 22;
    private const int MinBits = 10;
    private readonly int[] _first;
    private readonly int[] _second;
    private readonly ulong _mask;

    private ShingleFrequency(int bits)
    {
        _first = new int[1 << bits];
        _second = new int[1 << bits];
        _mask = (1UL << bits) - 1;
    }

    /// <summary>Counts each set's shingles once per set (the sets hold distinct shingles), on up to <paramref name="degree"/> threads.</summary>
    public static ShingleFrequency Of(IReadOnlyList<ulong[]> sets, int degree = 1)
    {
        ArgumentNullException.ThrowIfNull(sets);
        long total = 0;
        foreach (var set in sets)
        {
            total += set.Length;
        }

        // About four counters per occurrence for small archives, at most 2 x 4M counters (32 MB) for large ones.
        var bits = System.Numerics.BitOperations.Log2((uint)CountersFor(total));

        // A counter is a sum, so the order in which sets are counted does not change it: threads count sets side by
        // side into the one pair of rows, each increment atomic.
        var frequency = new ShingleFrequency(bits);
        if (degree <= 1)
        {
            foreach (var set in sets)
            {
                frequency.Count(set, atomic: false);
            }
        }
        else
        {
            Parallel.For(0, sets.Count, new ParallelOptions { MaxDegreeOfParallelism = degree }, i => frequency.Count(sets[i], atomic: true));
        }

        return frequency;
    }

    /// <summary>The number of captures holding <paramref name="shingle"/>, or a little more (never less).</summary>
    public int Estimate(ulong shingle) => Math.Min(_first[(int)(shingle & _mask)], _second[(int)(Shingles.Mix(shingle) & _mask)]);

    /// <summary>
    /// Counts a set in (<paramref name="delta"/> 1) or out (-1) again, after an edit of one capture; each counter's value
    /// before its first change goes into <paramref name="before"/>, keyed by row and cell.
    /// </summary>
    internal void Change(ulong[] set, int delta, Dictionary<long, int> before)
    {
        foreach (var shingle in set)
        {
            var first = (int)(shingle & _mask);
            var second = (int)(Shingles.Mix(shingle) & _mask);
            before.TryAdd(first, _first[first]);
            before.TryAdd((1L << 32) | (uint)second, _second[second]);
            _first[first] += delta;
            _second[second] += delta;
        }
    }

    /// <summary>
    /// True when a counter changed since <paramref name="before"/> went to the other side of <paramref name="threshold"/>.
    /// When none did, every shingle's estimate is on the side it was (an estimate is at most the threshold exactly when
    /// one of its two counters is), so whichever shingles were frequent still are.
    /// </summary>
    internal bool Crossed(Dictionary<long, int> before, int threshold)
    {
        foreach (var (key, old) in before)
        {
            var now = (key >> 32) == 0 ? _first[(int)key] : _second[(int)(key & 0xffffffff)];
            if ((old <= threshold) != (now <= threshold))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number of counters per row a count of <paramref name="total"/> shingle occurrences gets (a power of two).</summary>
    internal static int CountersFor(long total)
    {
        var bits = MinBits;
        while (bits < MaxBits && (1L << bits) < 4 * total)
        {
            bits++;
        }

        return 1 << bits;
    }

    internal int Counters => _first.Length;

    private void Count(ulong[] set, bool atomic)
    {
        foreach (var shingle in set)
        {
            var first = (int)(shingle & _mask);
            var second = (int)(Shingles.Mix(shingle) & _mask);
            if (atomic)
            {
                Interlocked.Increment(ref _first[first]);
                Interlocked.Increment(ref _second[second]);
            }
            else
            {
                _first[first]++;
                _second[second]++;
            }
        }
    }
}
