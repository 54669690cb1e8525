namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>First-order Viterbi decoding over emission and transition scores, allowing only valid IOB2 sequences.</summary>
internal static class ViterbiDecoder
{
    // s_allowed[(previous + 1) * Count + label]
    private static readonly bool[] s_allowed = BuildAllowed();

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

        var best = System.Buffers.ArrayPool<float>.Shared.Rent(n * labels);
        var back = System.Buffers.ArrayPool<int>.Shared.Rent(n * labels);
        for (var l = 0; l < labels; l++)
        {
            best[l] = s_allowed[l] ? transitions[l] + emissions[l] : float.NegativeInfinity;
        }

        for (var t = 1; t < n; t++)
        {
            for (var l = 0; l < labels; l++)
            {
                var top = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < labels; p++)
                {
                    if (!s_allowed[(p + 1) * labels + l])
                    {
                        continue;
                    }

                    var score = best[(t - 1) * labels + p] + transitions[(p + 1) * labels + l];
                    if (score > top)
                    {
                        top = score;
                        arg = p;
                    }
                }

                best[t * labels + l] = top + emissions[t * labels + l];
                back[t * labels + l] = arg;
            }
        }

        var last = 0;
        for (var l = 1; l < labels; l++)
        {
            if (best[(n - 1) * labels + l] > best[(n - 1) * labels + last])
            {
                last = l;
            }
        }

        for (var t = n - 1; t >= 0; t--)
        {
            result[t] = last;
            last = back[t * labels + last];
        }

        System.Buffers.ArrayPool<float>.Shared.Return(best);
        System.Buffers.ArrayPool<int>.Shared.Return(back);
    }

    private static bool[] BuildAllowed()
    {
        var count = NerLabels.Count;
        var allowed = new bool[(count + 1) * count];
        for (var p = -1; p < count; p++)
        {
            for (var l = 0; l < count; l++)
            {
                allowed[(p + 1) * count + l] = NerLabels.Allowed(p, l);
            }
        }

        return allowed;
    }
}
