using Archive.Core.Engine;
using Archive.Core.Pipelines;
using Archive.Core.Rendering.Pages;

namespace Archive.Core.Modules;

/// <summary>Process: home, term lists, term pages and date pages.</summary>
internal sealed class RenderArchives : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var pages = new ArchivePages(context.PageFactory(nameof(ArticleAnalysis)));
        var documents = context.Parallel(pages.RenderAll(), cancellationToken).Select(render => render()).ToList();
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
