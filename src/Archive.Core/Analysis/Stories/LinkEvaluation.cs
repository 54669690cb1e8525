using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>
/// Scores the "same story elsewhere" links against known texts and publishers. A capture's truth is the text it
/// carries and its publisher (null: left out, as for a note retelling a story). A copy is expected to be linked when
/// the archive holds the same text under another publisher; it is linked when its story has a link to a story holding
/// such a capture, and merged when its story holds one (a false merge where a link was due). A link is true when the
/// two stories hold the same text under two publishers, false otherwise.
/// </summary>
public sealed record LinkEvaluation(int Copies, int Expected, int Linked, int Merged, int Links, int FalseLinks)
{
    /// <summary>Each expected copy that is not linked: the copy, one capture of the same text under another publisher, and whether the two were merged.</summary>
    public IReadOnlyList<(int Copy, int Other, bool Merged)> Unlinked { get; init; } = [];

    /// <summary>Each false link, as one capture of each story.</summary>
    public IReadOnlyList<(int A, int B)> False { get; init; } = [];

    /// <param name="truth">Per capture: the text it carries and its publisher, or null to leave it out.</param>
    /// <param name="isCopy">The captures whose links are counted (a generator's syndicated copies).</param>
    /// <param name="isCounterpart">The captures a copy is expected to be linked to (all by default; a note retelling part of a story may be linked, but need not be).</param>
    public static LinkEvaluation Of(IReadOnlyList<Article> articles, StoryGroups groups, Func<int, (string Text, string Publisher)?> truth, Func<int, bool> isCopy, Func<int, bool>? isCounterpart = null)
    {
        isCounterpart ??= _ => true;
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(isCopy);
        var storyOf = new int[articles.Count];
        for (var s = 0; s < groups.Stories.Count; s++)
        {
            foreach (var i in groups.Stories[s].Captures)
            {
                storyOf[i] = s;
            }
        }

        var truths = Enumerable.Range(0, articles.Count).Select(truth).ToArray();
        var byText = Enumerable.Range(0, articles.Count).Where(i => truths[i] is not null)
            .GroupBy(i => truths[i]!.Value.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var linked = new HashSet<(int, int)>();
        foreach (var (a, b) in groups.Syndicated)
        {
            linked.Add((a, b));
            linked.Add((b, a));
        }

        var (copies, expected, found, merged) = (0, 0, 0, 0);
        var unlinked = new List<(int, int, bool)>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (!isCopy(i) || !isCounterpart(i) || truths[i] is not { } own)
            {
                continue;
            }

            copies++;
            var others = byText[own.Text].Where(j => isCounterpart(j) && !string.Equals(truths[j]!.Value.Publisher, own.Publisher, StringComparison.Ordinal)).ToList();
            if (others.Count == 0)
            {
                continue;
            }

            expected++;
            if (others.FirstOrDefault(j => storyOf[j] == storyOf[i], -1) is var same and >= 0)
            {
                merged++;
                unlinked.Add((i, same, true));
            }
            else if (others.Any(j => linked.Contains((storyOf[i], storyOf[j]))))
            {
                found++;
            }
            else
            {
                unlinked.Add((i, others[0], false));
            }
        }

        var falseLinks = new List<(int, int)>();
        foreach (var (a, b) in groups.Syndicated)
        {
            var texts = groups.Stories[a].Captures.Where(i => truths[i] is not null).Select(i => truths[i]!.Value).ToList();
            var ok = groups.Stories[b].Captures.Where(j => truths[j] is not null).Select(j => truths[j]!.Value)
                .Any(t => texts.Any(u => u.Text == t.Text && u.Publisher != t.Publisher));
            if (!ok)
            {
                falseLinks.Add((groups.Stories[a].Best, groups.Stories[b].Best));
            }
        }

        return new LinkEvaluation(copies, expected, found, merged, groups.Syndicated.Count, falseLinks.Count) { Unlinked = unlinked, False = falseLinks };
    }
}
