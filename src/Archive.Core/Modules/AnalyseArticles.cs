using Archive.Core.Analysis.Entities;
using Archive.Core.Analysis.Tags;
using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Normalization;

namespace Archive.Core.Modules;

/// <summary>Process, per article in parallel: entities found and resolved within the article (at most <see cref="CaptureLimits.MaxEntities"/>); tags cleaned by site rules.</summary>
internal sealed class AnalyseArticles : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var tags = new TagNormaliser(context.Build().Settings.Tags);
        var entities = ArticleEntityExtractor.Default;
        var incremental = context.Incremental();
        var documents = context.Parallel(inputs, cancellationToken)
            .Select(document => incremental.IsAnalysed(document) ? document : incremental.Analysed(document with
            {
                Article = document.Article! with
                {
                    Tags = tags.Apply(document.Article.Tags),
                    Entities = CaptureLimits.CapEntities(entities.Extract(document.Article), document.Article.SourcePath, context.Report),
                },
            }))
            .ToList();
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
