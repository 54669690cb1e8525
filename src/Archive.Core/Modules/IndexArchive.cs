using Archive.Core.Analysis.Index;
using Archive.Core.Engine;

namespace Archive.Core.Modules;

/// <summary>
/// Process, last step of the analysis: groups the resolved articles into the archive index that every rendering
/// pipeline reads (<see cref="BuildContext.Index"/>), once, here rather than inside whichever renderer asks first, so
/// that its cost shows as a step of its own. The documents pass through unchanged.
/// </summary>
internal sealed class IndexArchive : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var build = context.Build();
        build.Index = build.Previous.PatchedIndex ?? new ArchiveIndex(inputs.Select(d => d.Article!), context.Degree());
        build.Previous.IndexInUse(build.Index);
        return Task.FromResult(inputs);
    }
}
