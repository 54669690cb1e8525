using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>
/// Scores a grouping against known stories as pairs of captures: a missed pair is two captures of one true story in
/// two found stories; a false merge is two captures of two true stories in one found story.
/// </summary>
public sealed record StoryEvaluation(int Captures, int TrueStories, int FoundStories, int TruePairs, int MissedPairs, int FalseMerges)
{
    /// <summary>What fitting minimises: a false merge hides a story from the reader, so it costs as much as five missed pairs.</summary>
    public int Cost => MissedPairs + (5 * FalseMerges);

    public static StoryEvaluation Of(IReadOnlyList<Article> articles, StoryGroups groups, Func<Article, string> truth)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(truth);
        var found = new int[articles.Count];
        for (var s = 0; s < groups.Stories.Count; s++)
        {
            foreach (var i in groups.Stories[s].Captures)
            {
                found[i] = s;
            }
        }

        var keys = articles.Select(truth).ToArray();
        long Pairs(IEnumerable<int> sizes) => sizes.Sum(n => (long)n * (n - 1) / 2);
        var truePairs = Pairs(keys.GroupBy(k => k, StringComparer.Ordinal).Select(g => g.Count()));
        var bothPairs = Pairs(Enumerable.Range(0, articles.Count).GroupBy(i => (keys[i], found[i])).Select(g => g.Count()));
        var foundPairs = Pairs(groups.Stories.Select(s => s.Captures.Count));
        return new StoryEvaluation(
            articles.Count,
            keys.Distinct(StringComparer.Ordinal).Count(),
            groups.Stories.Count,
            (int)truePairs,
            (int)(truePairs - bothPairs),
            (int)(foundPairs - bothPairs));
    }
}
