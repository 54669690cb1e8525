using Archive.Core.Analysis.Index;
using Archive.Core.Analysis.Permalinks;
using Archive.Core.Analysis.Sources;
using Archive.Core.Analysis.Tags;
using Archive.Core.Engine;
using Archive.Core.Model;

namespace Archive.Core.Modules;

/// <summary>
/// Process, archive-wide: one name per publisher, no tag naming the article's own publisher, one spelling per tag, one canonical name per entity, permalinks without collisions,
/// reported in the build report. A preview edit that changed only articles' text reuses the last resolution.
/// </summary>
internal sealed class ResolveArchive : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var incremental = context.Previous();
        var analysed = inputs.Select(d => d.Article!).ToList();
        var linked = incremental.ReuseResolution(analysed) ?? Resolve(analysed, context, cancellationToken);
        incremental.Resolved(analysed, linked);
        var report = context.Build().Report;
        var documents = new List<Document>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            report.Published(linked[i].SourcePath, linked[i].Permalink!);
            foreach (var capture in linked[i].Captures)
            {
                report.Published(capture.SourcePath, linked[i].Permalink!);
            }

            documents.Add(inputs[i] with { Article = linked[i] });
        }

        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

    private static IReadOnlyList<Article> Resolve(List<Article> analysed, IExecutionContext context, CancellationToken cancellationToken)
    {
        var sourced = PublisherTags.Drop(SourceResolver.Apply(analysed, context.Build().Settings.SourceAliases, context.Degree()));
        var spellings = TagNormaliser.PreferredSpellings(sourced.SelectMany(a => a.Tags));
        var articles = context.Parallel(sourced, cancellationToken)
            .Select(a => a with { Tags = a.Tags.Select(t => spellings[Text.Slug.Of(t, "tag")]).ToList() })
            .ToList();
        return PermalinkAssigner.Assign(EntityCanonicaliser.Apply(articles, context.Degree()));
    }
}
