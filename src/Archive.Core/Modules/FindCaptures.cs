using Archive.Core.Diagnostics;
using Archive.Core.Engine;

namespace Archive.Core.Modules;

/// <summary>
/// Input: every capture under the input folder, with its sidecar, from one walk of the folder; orphan sidecars
/// and entries the walk refused (links out of the folder, pipes, devices: see <see cref="Inputs.FolderWalk"/>) are reported. Nothing is read here: each capture is read by the worker that normalises it, so reading the
/// files overlaps with normalising them.
/// </summary>
internal sealed class FindCaptures : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var paths = context.Build().Paths;
        var listing = context.Previous().Walk(paths.Input, context.Build().Readers);
        foreach (var orphan in listing.Orphans)
        {
            context.Report(Diagnostic.Warning("ARC012", "Sidecar has no capture beside it; ignored.", orphan));
        }

        foreach (var refused in listing.Refused)
        {
            context.Report(Diagnostic.Warning("ARC070", $"Not read: {refused.Reason}.", refused.RelativePath));
        }

        foreach (var unsupported in listing.Unsupported)
        {
            context.Report(Diagnostic.Warning("ARC073", "Not a capture format this site reads; the file is not used.", unsupported));
            context.Build().Report.Skipped(unsupported, "unsupported format");
        }

        var documents = listing.Captures.Select(entry => new Document { Source = entry.RelativePath, Input = entry }).ToList();
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
