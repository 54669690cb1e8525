using System.Runtime.Intrinsics;

namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>First-order Viterbi decoding over emission and transition scores, allowing only valid IOB2 sequences.</summary>
internal static class ViterbiDecoder
{
    private const int Labels = 9;
    private const int MaxStackTokens = 512;

    /// <param name="emissions">Row-major scores, <c>emissions[token * labels + label]</c>.</param>
    /// <param name="transitions"><c>transitions[(previous + 1) * labels + label]</c>.</param>
    /// <param name="result">Receives the best label of each token.</param>
    /// <remarks>
    /// Ties go to the lowest previous label, as a plain ascending scan keeping the first strict maximum would.
    /// The first eight labels are one vector: each previous label in turn offers its score plus the transition
    /// into each of them (minus infinity where IOB2 forbids it, which never wins). The ninth, I-MISC, may only
    /// follow B-MISC or I-MISC and is done on its own.
    /// </remarks>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int labels, Span<int> result)
    {
        var n = result.Length;
        if (n == 0)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfNotEqual(labels, NerLabels.Count);
        ArgumentOutOfRangeException.ThrowIfNotEqual(labels, Labels);

        // from[p]: the transitions from p into labels 0..7.
        Span<Vector256<float>> from = stackalloc Vector256<float>[Labels];
        Span<float> row = stackalloc float[8];
        for (var p = 0; p < Labels; p++)
        {
            for (var l = 0; l < 8; l++)
            {
                row[l] = NerLabels.Allowed(p, l) ? transitions[(p + 1) * Labels + l] : float.NegativeInfinity;
            }

            from[p] = Vector256.Create<float>(row);
        }

        const int Last = Labels - 1;
        var beginIntoLast = transitions[Last * Labels + Last];
        var insideIntoLast = transitions[Labels * Labels + Last];

        Span<float> previous = stackalloc float[Labels];
        int[]? rented = null;
        var back = n <= MaxStackTokens
            ? stackalloc int[n * Labels]
            : (rented = System.Buffers.ArrayPool<int>.Shared.Rent(n * Labels)).AsSpan(0, n * Labels);
        for (var l = 0; l < Labels; l++)
        {
            previous[l] = NerLabels.Allowed(-1, l) ? transitions[l] + emissions[l] : float.NegativeInfinity;
        }

        for (var t = 1; t < n; t++)
        {
            var best = Vector256.Create(float.NegativeInfinity);
            var arg = Vector256<int>.Zero;
            for (var p = 0; p < Labels; p++)
            {
                var offer = Vector256.Create(previous[p]) + from[p];
                var better = Vector256.GreaterThan(offer, best);
                best = Vector256.ConditionalSelect(better, offer, best);
                arg = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(p), arg);
            }

            var (top, last) = (float.NegativeInfinity, 0);
            var begin = previous[Last - 1] + beginIntoLast;
            var inside = previous[Last] + insideIntoLast;
            if (begin > top)
            {
                (top, last) = (begin, Last - 1);
            }

            if (inside > top)
            {
                (top, last) = (inside, Last);
            }

            (best + Vector256.Create(emissions.Slice(t * Labels, 8))).CopyTo(previous);
            previous[Last] = top + emissions[t * Labels + Last];
            arg.CopyTo(back.Slice(t * Labels, 8));
            back[t * Labels + Last] = last;
        }

        var final = 0;
        for (var l = 1; l < Labels; l++)
        {
            if (previous[l] > previous[final])
            {
                final = l;
            }
        }

        for (var t = n - 1; t >= 0; t--)
        {
            result[t] = final;
            final = back[t * Labels + final];
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(rented);
        }
    }
}
