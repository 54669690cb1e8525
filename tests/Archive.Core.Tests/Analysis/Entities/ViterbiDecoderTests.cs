using Archive.Core.Analysis.Entities.Tagging;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class ViterbiDecoderTests
{
    /// <summary>
    /// The vectorised decoder against the plain textbook one (every allowed predecessor scanned in order, the
    /// first strict maximum kept). Scores are small whole numbers so that ties are common.
    /// </summary>
    [Fact]
    public void Decodes_as_a_plain_scan_including_ties()
    {
        var labels = NerLabels.Count;
        var random = new Random(12345);
        for (var run = 0; run < 500; run++)
        {
            var n = random.Next(1, 40);
            var emissions = Enumerable.Range(0, n * labels).Select(_ => (float)random.Next(-3, 4)).ToArray();
            var transitions = Enumerable.Range(0, (labels + 1) * labels).Select(_ => (float)random.Next(-3, 4)).ToArray();
            var expected = new int[n];
            var actual = new int[n];

            Reference(emissions, transitions, labels, expected);
            ViterbiDecoder.Decode(emissions, transitions, labels, actual);

            Assert.Equal(expected, actual);
        }
    }

    private static void Reference(float[] emissions, float[] transitions, int labels, int[] result)
    {
        var n = result.Length;
        var best = new float[n * labels];
        var back = new int[n * labels];
        for (var l = 0; l < labels; l++)
        {
            best[l] = NerLabels.Allowed(-1, l) ? transitions[l] + emissions[l] : float.NegativeInfinity;
        }

        for (var t = 1; t < n; t++)
        {
            for (var l = 0; l < labels; l++)
            {
                var (top, arg) = (float.NegativeInfinity, 0);
                for (var p = 0; p < labels; p++)
                {
                    var score = best[(t - 1) * labels + p] + transitions[(p + 1) * labels + l];
                    if (NerLabels.Allowed(p, l) && score > top)
                    {
                        (top, arg) = (score, p);
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
    }
}
