using Archive.Core.Analysis.Entities;
using Archive.Core.Analysis.Tags;
using Archive.Core.Diagnostics;
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
            .Select(document =>
            {
                if (incremental.IsAnalysed(document))
                {
                    return document;
                }

                // What the analysis reports is cached with the article, so a rebuild that replays it warns again.
                var reported = new List<Diagnostic>();
                void Report(Diagnostic diagnostic)
                {
                    reported.Add(diagnostic);
                    context.Report(diagnostic);
                }

                var article = document.Article! with
                {
                    Tags = tags.Apply(document.Article.Tags),
                    Entities = CaptureLimits.CapEntities(entities.Extract(document.Article), document.Article.SourcePath, Report),
                };
                return incremental.Analysed(document with { Article = article }, reported);
            })
            .ToList();
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
