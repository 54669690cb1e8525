namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>First-order Viterbi decoding over emission and transition scores, allowing only valid IOB2 sequences.</summary>
internal static class ViterbiDecoder
{
    private const int MaxStackTokens = 512;

    // The allowed predecessors of each label, ascending (ties keep the first, as a plain scan would):
    // s_predecessors[s_first[l] .. s_first[l + 1]). An inside label has two (B-X, I-X); the others all.
    private static readonly int[] s_first;
    private static readonly int[] s_predecessors;

    static ViterbiDecoder()
    {
        var count = NerLabels.Count;
        s_first = new int[count + 1];
        var predecessors = new List<int>();
        for (var l = 0; l < count; l++)
        {
            s_first[l] = predecessors.Count;
            for (var p = 0; p < count; p++)
            {
                if (NerLabels.Allowed(p, l))
                {
                    predecessors.Add(p);
                }
            }
        }

        s_first[count] = predecessors.Count;
        s_predecessors = [.. predecessors];
    }

    /// <param name="emissions">Row-major scores, <c>emissions[token * labels + label]</c>.</param>
    /// <param name="transitions"><c>transitions[(previous + 1) * labels + label]</c>.</param>
    /// <param name="result">Receives the best label of each token.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int labels, Span<int> result)
    {
        var n = result.Length;
        if (n == 0)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfNotEqual(labels, NerLabels.Count);

        // Only the previous token's best scores are needed going forward; the back pointers fit in bytes.
        Span<float> previous = stackalloc float[labels];
        Span<float> current = stackalloc float[labels];
        byte[]? rented = null;
        var back = n <= MaxStackTokens
            ? stackalloc byte[n * labels]
            : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(n * labels)).AsSpan(0, n * labels);
        for (var l = 0; l < labels; l++)
        {
            previous[l] = NerLabels.Allowed(-1, l) ? transitions[l] + emissions[l] : float.NegativeInfinity;
        }

        var predecessors = s_predecessors;
        var first = s_first;
        for (var t = 1; t < n; t++)
        {
            for (var l = 0; l < labels; l++)
            {
                var top = float.NegativeInfinity;
                var arg = 0;
                for (var k = first[l]; k < first[l + 1]; k++)
                {
                    var p = predecessors[k];
                    var score = previous[p] + transitions[(p + 1) * labels + l];
                    if (score > top)
                    {
                        top = score;
                        arg = p;
                    }
                }

                current[l] = top + emissions[t * labels + l];
                back[t * labels + l] = (byte)arg;
            }

            current.CopyTo(previous);
        }

        var last = 0;
        for (var l = 1; l < labels; l++)
        {
            if (previous[l] > previous[last])
            {
                last = l;
            }
        }

        for (var t = n - 1; t >= 0; t--)
        {
            result[t] = last;
            last = back[t * labels + last];
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
