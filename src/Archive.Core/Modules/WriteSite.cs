using Archive.Core.Engine;
using Archive.Core.Output;

namespace Archive.Core.Modules;

/// <summary>
/// Output: every document with a destination, from the named pipelines or, when none is named, from every other
/// pipeline of the build (a user's pipeline is published without editing this one), committed atomically (pages are
/// on disk already, see <see cref="SiteSink"/>).
/// </summary>
internal sealed class WriteSite(params string[] pipelines) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var report = context.Build().Report;
        var sources = pipelines.Length > 0 ? pipelines : context.PipelineNames.Where(p => p != context.PipelineName);
        var documents = sources
            .SelectMany(context.OutputsOf)
            .Where(d => d.Destination is not null)
            .Append(context.Previous().Report(report))
            .ToList();
        var sink = context.Sink() ?? SiteSink.NewTree(context.Build().Paths.Output);
        var stats = context.Build().Manifest?.Commit(sink, documents, cancellationToken) ?? sink.Commit(documents, [], cancellationToken);
        context.Build().Statistics.Record(documents.Count, stats);
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
