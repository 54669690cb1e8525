using Archive.Core.Analysis.Entities;
using Archive.Core.Analysis.Tags;
using Archive.Core.Engine;
using Archive.Core.Normalization;

namespace Archive.Core.Modules;

/// <summary>Process, per article in parallel: entities found and resolved within the article (at most <see cref="CaptureLimits.MaxEntities"/>); tags cleaned by site rules.</summary>
internal sealed class AnalyseArticles : DocumentModule
{
    public override Func<Document, IExecutionContext, Document?> Begin(IExecutionContext context)
    {
        var tags = new TagNormaliser(context.Build().Settings.Tags);
        var entities = ArticleEntityExtractor.Default;
        return (document, context) => document with
        {
            Article = document.Article! with
            {
                Tags = tags.Apply(document.Article.Tags),
                Entities = CaptureLimits.CapEntities(entities.Extract(document.Article), document.Article.SourcePath, context.Report),
            },
        };
    }
}
