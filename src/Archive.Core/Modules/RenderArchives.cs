using Archive.Core.Engine;
using Archive.Core.Rendering.Pages;

namespace Archive.Core.Modules;

/// <summary>Process: home, term lists, term pages and date pages; kept as they are when a preview edit changed only articles' text.</summary>
internal sealed class RenderArchives : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var factory = context.PageFactory();
        var incremental = context.Previous();
        if (incremental.ReuseArchivePages() is { } unchanged)
        {
            return Task.FromResult(unchanged);
        }

        var renders = context.Parallel(new ArchivePages(factory) { Facts = incremental.PageFacts }.RenderAll(), cancellationToken).SelectMany(list => list()).ToList();
        var documents = context.Parallel(renders, cancellationToken).Select(render => render()).ToList();
        incremental.ArchivePagesRendered(documents);
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
