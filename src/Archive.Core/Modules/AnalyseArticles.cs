using Archive.Core.Analysis.Entities;
using Archive.Core.Analysis.Tags;
using Archive.Core.Engine;
using Archive.Core.Normalization;

namespace Archive.Core.Modules;

/// <summary>Process, per article in parallel: entities found and resolved within the article (at most <see cref="CaptureLimits.MaxEntities"/>) and the town names its language uses as nouns; tags cleaned by site rules.</summary>
internal sealed class AnalyseArticles : DocumentModule
{
    public override Func<Document, IExecutionContext, Document?> Begin(IExecutionContext context)
    {
        var tags = new TagNormaliser(context.Build().Settings.Tags);
        var entities = ArticleEntityExtractor.Default;
        return (document, context) =>
        {
            var article = document.Article!;
            var found = entities.Analyse(article);
            return document with
            {
                Article = article with
                {
                    Tags = tags.Apply(article.Tags),
                    Entities = CaptureLimits.CapEntities(found.Mentions, article.SourcePath, context.Report),
                    NounsNamedLikePlaces = found.NounsNamedLikePlaces,
                    TownsNamedAsPlaces = found.TownsNamedAsPlaces,
                    AcronymTerms = found.AcronymTerms,
                },
            };
        };
    }
}
