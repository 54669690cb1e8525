namespace Archive.Core.Engine;

/// <summary>
/// A module that works on each document on its own. <see cref="ExecuteAsync"/> runs it over the inputs in parallel;
/// a wrapper (such as the capture cache) runs it one document at a time inside its own parallel query instead, so
/// that wrapping a module does not add a pass over the documents or hold them all between two steps.
/// </summary>
public abstract class DocumentModule : IModule
{
    /// <summary>True when each document waits on the disk (reading captures): twice the workers run (see <see cref="ExecutionContextExtensions.Parallel"/>).</summary>
    public virtual bool ReadsFiles => false;

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var step = Begin(context);
        var documents = context.Parallel(inputs, cancellationToken, ReadsFiles)
            .Select(document => step(document, context))
            .OfType<Document>()
            .ToList();
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

    /// <summary>
    /// The step of one execution: what its documents share is made here, once; the step is then called for each
    /// document, from several threads, with the context the document's diagnostics go to. It returns null to drop
    /// the document.
    /// </summary>
    public abstract Func<Document, IExecutionContext, Document?> Begin(IExecutionContext context);
}
