using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// Scores the first-pass features of a token for both stages of a <see cref="TwoStageModel"/> with one
/// lookup per key, without branching on whether the key is known. Keys sit in buckets of eight (one vector
/// compare finds a key or shows it absent), and each bucket holds the row offsets of its keys beside them, so a
/// bucket is one 64-byte cache line: the table is larger than the caches, and a key costs two memory reads (its
/// bucket, its row) instead of three. An unknown key adds a row of zeros. A row holds both stages' label weights
/// side by side, zeros where a stage lacks the key. Adding zeros leaves a sum as it was, and the sums are added
/// in key order, so they come out the same as adding each stage's known rows one by one.
/// </summary>
internal sealed class StagedScorer
{
    private const int Labels = 9;
    private const int Stride = 2 * Labels;
    private const int BucketSize = 8;

    // A bucket: eight keys, then the row offsets of those keys (as uint), 16 values = 64 bytes.
    private const int BucketWords = 2 * BucketSize;
    private const int LineBytes = 64;

    // Pinned, so the buckets stay on the cache-line boundaries _start puts them on.
    private readonly uint[] _table;
    private readonly int _start;
    private readonly int _bucketMask;
    private readonly int _shift;
    private readonly int _zeroRow;
    private readonly float[] _weights;

    public StagedScorer(TwoStageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (NerModel.LabelCount != Labels)
        {
            throw new InvalidOperationException($"The scorer is laid out for {Labels} labels, not {NerModel.LabelCount}.");
        }

        // Both stages' keys are sorted: merged, each key's rows in the stages are where the merge finds them.
        var firstKeys = model.First.Keys;
        var secondKeys = model.Second.Keys;
        var count = MergedCount(firstKeys, secondKeys);
        var buckets = 16;
        while (buckets * BucketSize < count * 2)
        {
            buckets *= 2;
        }

        _bucketMask = buckets - 1;
        _shift = 32 - BitOperations.Log2((uint)buckets);
        _table = GC.AllocateArray<uint>((buckets * BucketWords) + (LineBytes / sizeof(uint)), pinned: true);
        _start = AlignedStart(_table);
        _weights = new float[(count + 1) * Stride];
        _zeroRow = count * Stride;
        for (var bucket = 0; bucket < buckets; bucket++)
        {
            // An empty slot points at the zero row too, so a key that matched one would add nothing.
            _table.AsSpan(BucketAt(bucket) + BucketSize, BucketSize).Fill((uint)_zeroRow);
        }

        var (f, s) = (0, 0);
        for (var row = 0; row < count; row++)
        {
            var key = Math.Min(f < firstKeys.Length ? firstKeys[f] : uint.MaxValue, s < secondKeys.Length ? secondKeys[s] : uint.MaxValue);
            if (f < firstKeys.Length && firstKeys[f] == key)
            {
                model.First.Weights.AsSpan(f++ * Labels, Labels).CopyTo(_weights.AsSpan(row * Stride, Labels));
            }

            if (s < secondKeys.Length && secondKeys[s] == key)
            {
                model.Second.Weights.AsSpan(s++ * Labels, Labels).CopyTo(_weights.AsSpan(row * Stride + Labels, Labels));
            }

            var bucket = Bucket(key);
            int slot;
            while ((slot = Array.IndexOf(_table, 0u, BucketAt(bucket), BucketSize)) < 0)
            {
                bucket = (bucket + 1) & _bucketMask;
            }

            _table[slot] = key;
            _table[slot + BucketSize] = (uint)(row * Stride);
        }
    }

    /// <summary>Adds the weights of every known key to <paramref name="first"/> and <paramref name="second"/> (nine labels each).</summary>
    public void Score(ReadOnlySpan<uint> keys, Span<float> first, Span<float> second)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first.Length, Labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(second.Length, Labels);

        // Lanes: low = first[0..8), high = first[8], second[0..7), tail = second[7], second[8].
        Span<float> sums = stackalloc float[Stride];
        first[..Labels].CopyTo(sums);
        second[..Labels].CopyTo(sums[Labels..]);
        var low = Vector256.Create<float>(sums);
        var high = Vector256.Create<float>(sums[8..]);
        var tail0 = sums[16];
        var tail1 = sums[17];
        ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        foreach (var key in keys)
        {
            var bucket = Bucket(key);
            uint found;
            ref var line = ref table;
            while (true)
            {
                line = ref Unsafe.Add(ref table, BucketAt(bucket));
                var bucketKeys = Vector256.LoadUnsafe(ref line);
                found = Vector256.Equals(bucketKeys, Vector256.Create(key)).ExtractMostSignificantBits();
                var empty = Vector256.Equals(bucketKeys, Vector256<uint>.Zero).ExtractMostSignificantBits();
                if ((found | empty) != 0)
                {
                    break;
                }

                bucket = (bucket + 1) & _bucketMask; // a full bucket without the key: it may have spilled over
            }

            // The key's offset beside it, or the zero row when the bucket does not hold it (found is then 0).
            var offset = Unsafe.Add(ref line, BucketSize + (BitOperations.TrailingZeroCount(found) & (BucketSize - 1)));
            ref var row = ref Unsafe.Add(ref weights, found != 0 ? (int)offset : _zeroRow);
            low += Vector256.LoadUnsafe(ref row);
            high += Vector256.LoadUnsafe(ref row, 8);
            tail0 += Unsafe.Add(ref row, 16);
            tail1 += Unsafe.Add(ref row, 17);
        }

        low.CopyTo(sums);
        high.CopyTo(sums[8..]);
        sums[16] = tail0;
        sums[17] = tail1;
        sums[..Labels].CopyTo(first);
        sums[Labels..].CopyTo(second);
    }

    // The high bits of a multiplicative hash (keys are hashes already, but this spreads any leftover pattern).
    private int Bucket(uint key) => (int)((key * 0x9E3779B1U) >> _shift);

    private int BucketAt(int bucket) => _start + (bucket * BucketWords);

    /// <summary>The first index of <paramref name="table"/> (pinned) that starts a cache line.</summary>
    private static unsafe int AlignedStart(uint[] table)
    {
        var address = (nuint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(table));
        return (int)((LineBytes - (address % LineBytes)) % LineBytes) / sizeof(uint);
    }

    /// <summary>The number of distinct keys in two sorted, duplicate-free arrays.</summary>
    private static int MergedCount(uint[] a, uint[] b)
    {
        var (i, j, count) = (0, 0, 0);
        while (i < a.Length || j < b.Length)
        {
            var key = Math.Min(i < a.Length ? a[i] : uint.MaxValue, j < b.Length ? b[j] : uint.MaxValue);
            i += i < a.Length && a[i] == key ? 1 : 0;
            j += j < b.Length && b[j] == key ? 1 : 0;
            count++;
        }

        return count;
    }
}
