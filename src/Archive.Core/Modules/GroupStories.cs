using Archive.Core.Analysis;
using Archive.Core.Analysis.Permalinks;
using Archive.Core.Analysis.Stories;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Model;

namespace Archive.Core.Modules;

/// <summary>
/// Process, archive-wide, before resolution: captures of one story become one document, the best capture's article
/// listing every capture (<see cref="Article.Captures"/>) and addressed by its anchor (<see cref="Article.StoryAnchor"/>);
/// the address each other capture would have had redirects to the story (its aliases). So index pages, feeds, the
/// sitemap, related articles and entity counts see each story once. Exact duplicates are reported (ARC052).
/// The same text under another publisher stays its own article, linked both ways (<see cref="Article.Elsewhere"/>).
/// </summary>
internal sealed class GroupStories : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var articles = inputs.Select(d => d.Article!).ToList();
        var memo = context.Previous().Stories ?? new StoryMemo();
        var groups = StoryGrouping.Group(articles, StoryOptions.Default, context.Degree(), memo);
        var elsewhere = Enumerable.Range(0, groups.Stories.Count).ToDictionary(s => s, _ => new List<string>());
        foreach (var (story, other) in groups.Syndicated)
        {
            elsewhere[story].Add(articles[groups.Stories[other].Best].SourcePath);
            elsewhere[other].Add(articles[groups.Stories[story].Best].SourcePath);
        }

        var wires = Wires(articles, groups, memo);

        // Each story's document reads only its own captures (its versions are the costly part), so stories are made
        // on up to the build's degree of threads, each into its own slot; what is reported is reported afterwards,
        // in story order.
        cancellationToken.ThrowIfCancellationRequested();
        var documents = PerIndex.Map(groups.Stories.Count, context.Degree(), s =>
        {
            var story = groups.Stories[s];
            var best = articles[story.Best];
            var copies = elsewhere[s].Order(StringComparer.Ordinal).ToList();
            var wire = wires[s];
            if (story.Captures.Count == 1)
            {
                // A text dump's page sample (2 KB) is read by grouping alone: the story's article does without it, so
                // that a large archive's samples (about 110 MB at 100,000 captures) are not held through rendering.
                return copies.Count == 0 && wire is null
                    ? best.PageSample.Count == 0 ? inputs[story.Best] : inputs[story.Best] with { Article = best with { PageSample = [] } }
                    : inputs[story.Best] with { Article = best with { Elsewhere = copies, Wire = wire, PageSample = [] } };
            }

            var captures = story.Captures
                .Select(i => CaptureRef.Of(articles[i]) with { DuplicateOf = story.Duplicates.TryGetValue(i, out var o) ? articles[o].SourcePath : null })
                .ToList();
            var anchor = captures[story.Captures.ToList().IndexOf(story.Anchor)];
            var address = PermalinkAssigner.Plain(anchor.Title, anchor.Published);
            var formerAddresses = story.Captures
                .Select(i => PermalinkAssigner.Plain(articles[i].Title, articles[i].Published))
                .Where(a => a != address);
            var aliases = story.Captures.SelectMany(i => articles[i].Aliases).Concat(formerAddresses)
                .Distinct(StringComparer.Ordinal).ToList();
            return inputs[story.Best] with { Article = best with { Captures = captures, StoryAnchor = anchor, Aliases = aliases, Elsewhere = copies, Wire = wire, PageSample = [], Versions = StoryVersions.Of(articles, story.Captures, story.Best) } };
        });

        foreach (var story in groups.Stories.Where(s => s.Captures.Count > 1))
        {
            foreach (var (repeat, original) in story.Duplicates)
            {
                context.Report(Diagnostic.Info("ARC052", $"Exact duplicate of '{articles[original].SourcePath}'; listed as one of its story's captures.", articles[repeat].SourcePath));
            }
        }

        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

    /// <summary>
    /// Each story's original source: the one its captures name; failing that, the one its copies under other
    /// publishers name (the same text, so the same origin).
    /// </summary>
    private static string?[] Wires(List<Article> articles, StoryGroups groups, StoryMemo memo)
    {
        var named = articles.Select(a => memo.TextOf(a).Wire).ToList();
        var own = groups.Stories
            .Select(story => story.Captures.Count == 1 ? named[story.Captures[0]] : WireSource.Agreed(story.Captures.Select(i => named[i])))
            .ToArray();
        var copies = new List<string?>[own.Length];
        foreach (var (story, other) in groups.Syndicated)
        {
            (copies[story] ??= []).Add(own[other]);
            (copies[other] ??= []).Add(own[story]);
        }

        return own.Select((wire, s) => wire ?? (copies[s] is { } c ? WireSource.Agreed(c) : null)).ToArray();
    }
}
