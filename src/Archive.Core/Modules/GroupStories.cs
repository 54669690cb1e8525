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
        var groups = StoryGrouping.Group(articles, StoryOptions.Default, context.Degree());
        var elsewhere = Enumerable.Range(0, groups.Stories.Count).ToDictionary(s => s, _ => new List<string>());
        foreach (var (story, other) in groups.Syndicated)
        {
            elsewhere[story].Add(articles[groups.Stories[other].Best].SourcePath);
            elsewhere[other].Add(articles[groups.Stories[story].Best].SourcePath);
        }

        var documents = new List<Document>(groups.Stories.Count);
        for (var s = 0; s < groups.Stories.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var story = groups.Stories[s];
            var best = articles[story.Best];
            var copies = elsewhere[s].Order(StringComparer.Ordinal).ToList();
            if (story.Captures.Count == 1)
            {
                documents.Add(copies.Count == 0 ? inputs[story.Best] : inputs[story.Best] with { Article = best with { Elsewhere = copies } });
                continue;
            }

            foreach (var (repeat, original) in story.Duplicates)
            {
                context.Report(Diagnostic.Info("ARC052", $"Exact duplicate of '{articles[original].SourcePath}'; listed as one of its story's captures.", articles[repeat].SourcePath));
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
            documents.Add(inputs[story.Best] with { Article = best with { Captures = captures, StoryAnchor = anchor, Aliases = aliases, Elsewhere = copies } });
        }

        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
