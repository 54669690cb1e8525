using Archive.Core.Normalization.Text.Learning;

namespace Archive.Core.Tests.Normalization.Text;

/// <summary>How training chooses the line model's threshold and drop level from the F1 surface over its grids.</summary>
public sealed class ThresholdChoiceTests
{
    // The grids' shape: 29 thresholds (0.10 to 0.80) by 13 drop levels (0 to 0.30), steps of 0.025.
    private const int Thresholds = 29;
    private const int Drops = 13;

    [Fact]
    public void A_broad_plateau_wins_over_a_narrow_spike_beside_it()
    {
        // A plateau of 0.880 over thresholds 8-20 and drop levels 4-12; one spike of 0.885 at (5, 2), its neighbours at 0.80.
        var surface = Surface((t, d) => t is >= 8 and <= 20 && d >= 4 ? 0.880 : 0.800);
        surface[5, 2] = 0.885;

        var (t, d) = TextLineTraining.SmoothedBest(surface, TextLineTraining.Reach);

        Assert.InRange(t, 8 + TextLineTraining.Reach, 20 - TextLineTraining.Reach); // inside the plateau, its neighbours all on it
        Assert.InRange(d, 4 + TextLineTraining.Reach, Drops - 1);
        Assert.Equal((5, 2), TextLineTraining.SmoothedBest(surface, 0)); // the single best point, the rule before: the spike
    }

    [Fact]
    public void On_a_smooth_hill_the_top_is_chosen_and_ties_go_to_the_first_point()
    {
        var hill = Surface((t, d) => 0.9 - (0.001 * (((t - 14) * (t - 14)) + ((d - 6) * (d - 6)))));
        Assert.Equal((14, 6), TextLineTraining.SmoothedBest(hill, TextLineTraining.Reach));

        var flat = Surface((_, _) => 0.5);
        Assert.Equal((0, 0), TextLineTraining.SmoothedBest(flat, TextLineTraining.Reach));
    }

    private static double[,] Surface(Func<int, int, double> f)
    {
        var surface = new double[Thresholds, Drops];
        for (var t = 0; t < Thresholds; t++)
        {
            for (var d = 0; d < Drops; d++)
            {
                surface[t, d] = f(t, d);
            }
        }

        return surface;
    }
}
