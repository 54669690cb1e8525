using Archive.Core.Engine;

namespace Archive.Core.Modules;

/// <summary>Replaces the inputs with another pipeline's outputs (Statiq's ReplaceDocuments).</summary>
public sealed class TakeOutputsOf(string pipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.OutputsOf(pipeline));
}
