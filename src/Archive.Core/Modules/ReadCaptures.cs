using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Inputs;

namespace Archive.Core.Modules;

/// <summary>Input: every capture under the input folder, with its sidecar; orphan sidecars are reported.</summary>
internal sealed class ReadCaptures : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var paths = context.GetService<BuildPaths>();
        var incremental = context.Incremental();
        var (captures, orphans) = incremental.Walk(paths.Input);
        foreach (var orphan in orphans)
        {
            context.Report(Diagnostic.Warning("ARC012", "Sidecar has no capture beside it; ignored.", orphan));
        }

        var documents = context.Parallel(captures, cancellationToken)
            .Select(entry =>
            {
                // Incremental builds: an unchanged capture whose article is cached is not read.
                var capture = incremental.Read(entry);
                return new Document { Source = entry.RelativePath, Capture = capture };
            })
            .ToList();
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
