using System.Numerics;
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
    /// An inside label (I-X) may only follow B-X or I-X; the other labels may follow any, and their best
    /// predecessor is found with one vector over the first eight labels and the ninth on its own.
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

        // into[l] holds the transitions from labels 0..7 into l; the ninth is read from transitions.
        Span<Vector256<float>> into = stackalloc Vector256<float>[Labels];
        Span<float> column = stackalloc float[8];
        for (var l = 0; l < Labels; l++)
        {
            for (var p = 0; p < 8; p++)
            {
                column[p] = transitions[(p + 1) * Labels + l];
            }

            into[l] = Vector256.Create<float>(column);
        }

        Span<float> previous = stackalloc float[Labels];
        Span<float> current = stackalloc float[Labels];
        byte[]? rented = null;
        var back = n <= MaxStackTokens
            ? stackalloc byte[n * Labels]
            : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(n * Labels)).AsSpan(0, n * Labels);
        for (var l = 0; l < Labels; l++)
        {
            previous[l] = NerLabels.Allowed(-1, l) ? transitions[l] + emissions[l] : float.NegativeInfinity;
        }

        for (var t = 1; t < n; t++)
        {
            var low = Vector256.Create<float>(previous);
            for (var l = 0; l < Labels; l++)
            {
                float top;
                int arg;
                if (NerLabels.IsInside(l))
                {
                    (top, arg) = (float.NegativeInfinity, 0);
                    var begin = previous[l - 1] + transitions[l * Labels + l];
                    var inside = previous[l] + transitions[(l + 1) * Labels + l];
                    if (begin > top)
                    {
                        (top, arg) = (begin, l - 1);
                    }

                    if (inside > top)
                    {
                        (top, arg) = (inside, l);
                    }
                }
                else
                {
                    var scores = low + into[l];
                    var ninth = previous[8] + transitions[9 * Labels + l];
                    var max = Max(scores);
                    if (ninth > max)
                    {
                        (top, arg) = (ninth, 8);
                    }
                    else
                    {
                        top = max;
                        arg = BitOperations.TrailingZeroCount(Vector256.Equals(scores, Vector256.Create(max)).ExtractMostSignificantBits());
                    }
                }

                current[l] = top + emissions[t * Labels + l];
                back[t * Labels + l] = (byte)arg;
            }

            current.CopyTo(previous);
        }

        var last = 0;
        for (var l = 1; l < Labels; l++)
        {
            if (previous[l] > previous[last])
            {
                last = l;
            }
        }

        for (var t = n - 1; t >= 0; t--)
        {
            result[t] = last;
            last = back[t * Labels + last];
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static float Max(Vector256<float> scores)
    {
        var half = Vector128.Max(scores.GetLower(), scores.GetUpper());
        half = Vector128.Max(half, Vector128.Shuffle(half, Vector128.Create(2, 3, 0, 1)));
        half = Vector128.Max(half, Vector128.Shuffle(half, Vector128.Create(1, 0, 3, 2)));
        return half.ToScalar();
    }
}
