namespace Archive.Core.Analysis.Stories;

/// <summary>
/// The longest common subsequence of two sequences of strings, as the runs of items kept, removed and added.
/// Common leading and trailing items are matched first, so the table covers only the changed middle; a middle
/// larger than <see cref="MaxCells"/> is taken as removed whole and added whole (a rewrite, not an edit).
/// </summary>
internal static class SequenceDiff
{
    public const long MaxCells = 4_000_000;

    public enum Op { Keep, Remove, Add }

    /// <summary>The steps turning <paramref name="before"/> into <paramref name="after"/>: each names an item of one side (Keep: both).</summary>
    public static IReadOnlyList<(Op Op, int Before, int After)> Of(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var head = 0;
        while (head < before.Count && head < after.Count && string.Equals(before[head], after[head], StringComparison.Ordinal))
        {
            head++;
        }

        var tail = 0;
        while (tail < before.Count - head && tail < after.Count - head &&
               string.Equals(before[before.Count - 1 - tail], after[after.Count - 1 - tail], StringComparison.Ordinal))
        {
            tail++;
        }

        var steps = new List<(Op, int, int)>(before.Count + after.Count);
        for (var i = 0; i < head; i++)
        {
            steps.Add((Op.Keep, i, i));
        }

        Middle(before, after, head, before.Count - tail, head, after.Count - tail, steps);
        for (var t = tail; t > 0; t--)
        {
            steps.Add((Op.Keep, before.Count - t, after.Count - t));
        }

        return steps;
    }

    private static void Middle(IReadOnlyList<string> a, IReadOnlyList<string> b, int a0, int a1, int b0, int b1, List<(Op, int, int)> steps)
    {
        int n = a1 - a0, m = b1 - b0;
        if ((long)n * m > MaxCells || n == 0 || m == 0)
        {
            for (var i = a0; i < a1; i++)
            {
                steps.Add((Op.Remove, i, -1));
            }

            for (var j = b0; j < b1; j++)
            {
                steps.Add((Op.Add, -1, j));
            }

            return;
        }

        // lengths[i, j]: the longest common subsequence of a[a0+i..a1) and b[b0+j..b1).
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = string.Equals(a[a0 + i], b[b0 + j], StringComparison.Ordinal)
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && string.Equals(a[a0 + x], b[b0 + y], StringComparison.Ordinal))
            {
                steps.Add((Op.Keep, a0 + x, b0 + y));
                x++;
                y++;
            }
            else if (y == m || (x < n && lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                steps.Add((Op.Remove, a0 + x, -1));
                x++;
            }
            else
            {
                steps.Add((Op.Add, -1, b0 + y));
                y++;
            }
        }
    }
}
