using Archive.Core.Engine;

namespace Archive.Core.Modules;

/// <summary>Runs a module and appends its outputs to the inputs instead of replacing them (Statiq's ConcatDocuments).</summary>
public sealed class KeepInputs(IModule module) : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken) =>
        [.. inputs, .. await module.ExecuteAsync(inputs, context, cancellationToken).ConfigureAwait(false)];
}
