using Archive.Core.Engine;

namespace Archive.Core.Modules;

/// <summary>
/// Process, last step of the analysis: groups the resolved articles into the archive index that every rendering
/// pipeline reads (<see cref="IndexProvider"/>), once, here rather than inside whichever renderer asks first, so that
/// its cost shows as a step of its own. The documents pass through unchanged: the index is keyed on this very list.
/// </summary>
internal sealed class IndexArchive : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        context.Build().Index.For(inputs, context.Degree(), context.Incremental());
        return Task.FromResult(inputs);
    }
}
