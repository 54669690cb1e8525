using Archive.Core.Analysis;
using Archive.Core.Analysis.Index;
using Archive.Core.Analysis.Permalinks;
using Archive.Core.Analysis.Sources;
using Archive.Core.Analysis.Tags;
using Archive.Core.Engine;
using Archive.Core.Model;

namespace Archive.Core.Modules;

/// <summary>
/// Process, archive-wide: one name per publisher, no tag naming the article's own publisher, one spelling per tag, one canonical name per entity, permalinks without collisions,
/// reported in the build report. A preview edit that changed only articles' text reuses the last resolution; one that
/// left every article's entity (or source) inputs alone reuses the last resolution's entities (or source names).
/// </summary>
internal sealed class ResolveArchive : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var incremental = context.Previous();
        var analysed = inputs.Select(d => d.Article!).ToList();
        var linked = incremental.ReuseResolution(analysed) ?? Resolve(analysed, incremental, context, cancellationToken);
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

    /// <remarks>
    /// Publishers and tags on one side, entities on the other, are independent: the first read and write only an
    /// article's source name and tags, the entity canonicaliser only its entities (from its entities, its place-like
    /// nouns and its source path). Each side is mostly archive-wide counting on one thread, so at a degree above 1 the
    /// two run side by side (<see cref="PerIndex.Both"/>) and are joined article by article, in article order: the
    /// same result as running one after the other, which is what a degree of 1 does. A preview edit that left every
    /// article's entity inputs, or source inputs, as they were keeps that side's last output instead of running it.
    /// </remarks>
    private static IReadOnlyList<Article> Resolve(List<Article> analysed, IPreviousBuild incremental, IExecutionContext context, CancellationToken cancellationToken)
    {
        var degree = context.Degree();
        var sourceAliases = context.Build().Settings.SourceAliases;
        var keptSources = incremental.ReuseSources(analysed);
        var keptEntities = incremental.ReuseEntities(analysed);
        IReadOnlyList<Article> SourcesAndTags()
        {
            var resolved = keptSources is null
                ? SourceResolver.Apply(analysed, sourceAliases, degree)
                : analysed.Select((a, i) => a with { SourceName = keptSources[i] }).ToList();
            var sourced = PublisherTags.Drop(resolved, degree);
            var spellings = TagNormaliser.PreferredSpellings(sourced.SelectMany(a => a.Tags));
            return context.Parallel(sourced, cancellationToken)
                .Select(a => a with { Tags = a.Tags.Select(t => spellings[Text.Slug.Of(t, "tag")]).ToList() })
                .ToList();
        }

        var (tagged, entities) = keptEntities is not null
            ? (SourcesAndTags(), keptEntities)
            : PerIndex.Both(degree, SourcesAndTags, () => Entities(EntityCanonicaliser.Apply(analysed, degree)));
        var articles = tagged.Select((a, i) => a with { Entities = entities[i] }).ToList();
        return PermalinkAssigner.Assign(articles);
    }

    private static IReadOnlyList<IReadOnlyList<EntityMention>> Entities(IReadOnlyList<Article> canonical) => [.. canonical.Select(a => a.Entities)];
}
