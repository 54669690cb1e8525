namespace Archive.Core.Normalization.Text;

/// <summary>The maximum-sum run of line scores (Kadane): where the article text is densest.</summary>
internal static class DensestRun
{
    /// <summary>Returns the first and last index of the best run, or (-1, -1) when no run scores above zero.</summary>
    public static (int Start, int End) Find(ReadOnlySpan<double> scores)
    {
        var bestSum = 0.0;
        int bestStart = -1, bestEnd = -1;
        var sum = 0.0;
        var start = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (sum <= 0)
            {
                sum = 0;
                start = i;
            }

            sum += scores[i];
            if (sum > bestSum)
            {
                bestSum = sum;
                bestStart = start;
                bestEnd = i;
            }
        }

        return (bestStart, bestEnd);
    }
}
