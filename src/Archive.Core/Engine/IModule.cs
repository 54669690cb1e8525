namespace Archive.Core.Engine;

/// <summary>One step of a pipeline phase: documents in, documents out.</summary>
public interface IModule
{
    Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken);
}
