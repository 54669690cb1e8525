using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Normalization;

namespace Archive.Core.Modules;

/// <summary>
/// Process: each capture read and made into an article by the build's <see cref="CaptureProcessor"/> (a service), in
/// parallel; the capture's bytes are dropped once normalised. A capture that breaks a reader is reported and left
/// out, never the build.
/// </summary>
internal sealed class NormaliseCaptures : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var processor = context.Build().Processor;
        var report = context.Build().Report;
        var incremental = context.Incremental();
        var documents = context.Parallel(inputs, cancellationToken, readsFiles: true)
            .Select(document =>
            {
                // Incremental builds: an unchanged capture whose article is cached is not read.
                var capture = document.Capture ?? incremental.Read(document.Input!);
                if (incremental.Restore(capture.Path, context, report) is { } cached)
                {
                    return document with { Article = cached, Capture = null, Input = null };
                }

                if (CaptureScreen.Reject(capture.Bytes) is { } reason)
                {
                    context.Report(Diagnostic.Warning("ARC022", $"The file is {reason}; no page is made for it.", capture.Path));
                    report.Skipped(capture.Path, reason);
                    return null;
                }

                try
                {
                    var result = processor.Process(capture);
                    foreach (var diagnostic in result.Diagnostics)
                    {
                        context.Report(diagnostic);
                    }

                    report.Normalised(capture.Path, result);
                    incremental.Normalised(capture.Path, result.Diagnostics, report);
                    return document with { Article = result.Article, Capture = null, Input = null };
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    context.Report(Diagnostic.Error("ARC020", $"The capture could not be read: {ex.GetType().Name}: {ex.Message}", capture.Path));
                    report.Failed(capture.Path, ex.Message);
                    return null;
                }
            })
            .OfType<Document>()
            .ToList();
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
