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
        foreach (var orphan in InputScanner.OrphanSidecars(paths.Input))
        {
            context.Report(Diagnostic.Warning("ARC012", "Sidecar has no capture beside it; ignored.", orphan));
        }

        var documents = context.Parallel(InputScanner.Scan(paths.Input), cancellationToken)
            .Select(entry =>
            {
                var capture = new CaptureFile(
                    entry.RelativePath,
                    File.ReadAllBytes(entry.FullPath),
                    entry.SidecarFullPath is null ? null : entry.RelativePath + ".yml",
                    entry.SidecarFullPath is null ? null : File.ReadAllBytes(entry.SidecarFullPath));
                return new Document { Source = entry.RelativePath, Capture = capture };
            })
            .ToList();
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
