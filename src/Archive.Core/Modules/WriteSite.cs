using Archive.Core.Engine;
using Archive.Core.Output;

namespace Archive.Core.Modules;

/// <summary>Output: every document with a destination, from the named pipelines, committed atomically (pages are on disk already, see <see cref="SiteSink"/>).</summary>
internal sealed class WriteSite(params string[] pipelines) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var report = context.GetService<BuildReport>();
        var documents = pipelines
            .SelectMany(context.OutputsOf)
            .Where(d => d.Destination is not null)
            .Append(context.Incremental().Report(report))
            .ToList();
        var sink = context.Sink() ?? SiteSink.NewTree(context.GetService<BuildPaths>().Output);
        var stats = context.Incremental().Commit(sink, documents, cancellationToken);
        context.GetService<BuildStatistics>().Record(documents.Count, stats);
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
