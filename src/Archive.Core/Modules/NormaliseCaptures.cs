using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Normalization;

namespace Archive.Core.Modules;

/// <summary>
/// Process: each capture read and made into an article by the build's <see cref="CaptureProcessor"/> (a service), in
/// parallel; the capture's bytes are dropped once normalised. A capture that breaks a reader is reported and left
/// out, never the build. A container file (a WARC) is streamed by one worker into one document per page it holds,
/// with source <c>path#key</c>; its pages are not kept in the incremental cache.
/// </summary>
internal sealed class NormaliseCaptures : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var processor = context.Build().Processor;
        var report = context.Build().Report;
        var incremental = context.Incremental();
        var documents = context.Parallel(inputs, cancellationToken, readsFiles: true)
            .SelectMany(document => document.Input is { } entry && processor.IsContainer(entry.RelativePath)
                ? Container(document, entry, processor, report, context)
                : [document])
            .Select(document =>
            {
                if (document.Article is not null)
                {
                    return document; // a page of a container, made above
                }

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

    private static List<Document> Container(Document document, Inputs.InputEntry entry, CaptureProcessor processor, BuildReport report, IExecutionContext context)
    {
        var pages = new List<Document>();
        try
        {
            using var stream = new FileStream(entry.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            foreach (var result in processor.ProcessContainer(entry.RelativePath, stream, context.Report))
            {
                foreach (var diagnostic in result.Diagnostics)
                {
                    context.Report(diagnostic);
                }

                report.Normalised(result.Article.SourcePath, result);
                pages.Add(new Document { Source = result.Article.SourcePath, Article = result.Article });
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Report(Diagnostic.Error("ARC020", $"The capture could not be read: {ex.GetType().Name}: {ex.Message}", entry.RelativePath));
            report.Failed(entry.RelativePath, ex.Message);
        }

        return pages;
    }
}
