using Archive.Core.Model;

namespace Archive.Core.Normalization.Html;

/// <summary>A figure block and where it stood among the text blocks as first built: before block <paramref name="Before"/>.</summary>
internal sealed record PlacedFigure(int Before, Block Block)
{
    /// <summary>
    /// The kept text blocks (a subsequence of <paramref name="built"/>, the same instances) with the figures placed
    /// among them: each before the first kept block that followed it, or at the end.
    /// </summary>
    public static List<Block> Place(IReadOnlyList<Block> built, List<Block> kept, IReadOnlyList<PlacedFigure> figures)
    {
        if (figures.Count == 0)
        {
            return kept;
        }

        var keptSet = new HashSet<Block>(kept, ReferenceEqualityComparer.Instance);
        var result = new List<Block>(kept.Count + figures.Count);
        var next = 0;
        for (var i = 0; i <= built.Count; i++)
        {
            while (next < figures.Count && figures[next].Before <= i)
            {
                result.Add(figures[next++].Block);
            }

            if (i < built.Count && keptSet.Contains(built[i]))
            {
                result.Add(built[i]);
            }
        }

        return result;
    }
}
