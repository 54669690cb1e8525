using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// Scores the first-pass features of a token for both stages of a <see cref="TwoStageModel"/> with one
/// probe per key: one open-addressing table over the union of the stages' keys, each slot holding the key
/// and its row of both stages' label weights side by side (zeros where a stage lacks the key, which leaves
/// its sums unchanged). The sums are kept in vector registers and added in key order, so they come out the
/// same as adding each stage's rows one by one.
/// </summary>
internal sealed class StagedScorer
{
    private const int Labels = 9;
    private const int Stride = 2 * Labels;

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly float[] _weights;

    public StagedScorer(TwoStageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (NerModel.LabelCount != Labels)
        {
            throw new InvalidOperationException($"The scorer is laid out for {Labels} labels, not {NerModel.LabelCount}.");
        }

        var keys = model.First.Keys.Union(model.Second.Keys).Order().ToArray();
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity *= 2;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _weights = new float[keys.Length * Stride];
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            Copy(model.First, key, _weights.AsSpan(row * Stride, Labels));
            Copy(model.Second, key, _weights.AsSpan(row * Stride + Labels, Labels));
            var slot = (int)((key * 0x9E3779B1U) & (uint)_mask);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, row * Stride);
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
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        var mask = (uint)_mask;
        foreach (var key in keys)
        {
            var slot = (key * 0x9E3779B1U) & mask;
            while (true)
            {
                var entry = Unsafe.Add(ref slots, slot);
                if (entry.Key == key)
                {
                    ref var row = ref Unsafe.Add(ref weights, entry.Offset);
                    low += Vector256.LoadUnsafe(ref row);
                    high += Vector256.LoadUnsafe(ref row, 8);
                    tail0 += Unsafe.Add(ref row, 16);
                    tail1 += Unsafe.Add(ref row, 17);
                    break;
                }

                if (entry.Key == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        low.CopyTo(sums);
        high.CopyTo(sums[8..]);
        sums[16] = tail0;
        sums[17] = tail1;
        sums[..Labels].CopyTo(first);
        sums[Labels..].CopyTo(second);
    }

    private static void Copy(NerModel model, uint key, Span<float> destination)
    {
        var row = model.Row(key);
        if (row >= 0)
        {
            model.Weights.AsSpan(row * Labels, Labels).CopyTo(destination);
        }
    }

    private readonly record struct Slot(uint Key, int Offset);
}
