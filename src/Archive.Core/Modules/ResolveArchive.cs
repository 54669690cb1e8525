using Archive.Core.Analysis.Index;
using Archive.Core.Analysis.Permalinks;
using Archive.Core.Analysis.Tags;
using Archive.Core.Engine;

namespace Archive.Core.Modules;

/// <summary>Process, archive-wide: one spelling per tag, one canonical name per entity, permalinks without collisions, reported in the build report.</summary>
internal sealed class ResolveArchive : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var spellings = TagNormaliser.PreferredSpellings(inputs.SelectMany(d => d.Article!.Tags));
        var articles = context.Parallel(inputs, cancellationToken)
            .Select(d => d.Article! with { Tags = d.Article.Tags.Select(t => spellings[Text.Slug.Of(t, "tag")]).ToList() })
            .ToList();
        var degree = context.TryGetService<Parallelism>()?.Degree ?? Parallelism.Default.Degree;
        var linked = PermalinkAssigner.Assign(EntityCanonicaliser.Apply(articles, degree));
        var report = context.GetService<BuildReport>();
        var documents = new List<Document>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            report.Published(linked[i].SourcePath, linked[i].Permalink!);
            documents.Add(inputs[i] with { Article = linked[i] });
        }

        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
