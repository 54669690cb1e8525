using Archive.Core.Engine;
using Archive.Core.Rendering.Pages;

namespace Archive.Core.Modules;

/// <summary>Process: one page per article, and one per version of a story whose text changed, rendered in parallel.</summary>
internal sealed class RenderArticles : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var incremental = context.Previous();
        var pages = new ArticlePages(context.PageFactory()) { Facts = incremental.PageFacts };
        var documents = context.Parallel(inputs, cancellationToken)
            .SelectMany(document =>
            {
                // The version diffs feed both the article page and the version pages: worked out once.
                var article = document.Article!;
                var versions = pages.Versions(article);
                return pages.RenderVersions(article, versions)
                    .Prepend(incremental.ReuseArticlePage(article) ?? pages.Render(article, versions))
                    .ToList();
            })
            .ToList();
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

}
