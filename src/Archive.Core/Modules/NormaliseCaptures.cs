using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Images;
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
        var images = context.Build().Images;
        var documents = context.Parallel(inputs, cancellationToken, readsFiles: true)
            .SelectMany(document => document.Input is { } entry && processor.IsContainer(entry.RelativePath)
                ? Container(entry, processor, report, images, context)
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
                    var diagnostics = result.Diagnostics.ToList();
                    var article = images?.Resolve(result.Article, result.Resources, LocationOf(result), localFolder: true, kept: null, diagnostics.Add) ?? result.Article;
                    foreach (var diagnostic in diagnostics)
                    {
                        context.Report(diagnostic);
                    }

                    report.Normalised(capture.Path, result);
                    incremental.Normalised(capture.Path, diagnostics, report);
                    return document with { Article = article, Capture = null, Input = null };
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

    private static List<Document> Container(Inputs.InputEntry entry, CaptureProcessor processor, BuildReport report, ImageResolver? images, IExecutionContext context)
    {
        var pages = new List<(Document Document, IReadOnlyList<Diagnostic> Diagnostics)>();
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        void Keep(CaptureResource image) => kept.TryAdd(image.Url, images!.Store.Keep(image.Bytes.Span));
        try
        {
            using var stream = new FileStream(entry.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            foreach (var result in processor.ProcessContainer(entry.RelativePath, stream, context.Report, images is null ? null : Keep))
            {
                report.Normalised(result.Article.SourcePath, result);
                var diagnostics = result.Diagnostics.ToList();
                // The page's own images (data: URIs) now; those of the container once all of it has been read.
                var article = images?.Resolve(result.Article, result.Resources, result.Article.CanonicalUrl, localFolder: false, kept: null, diagnostics.Add) ?? result.Article;
                pages.Add((new Document { Source = article.SourcePath, Article = article }, diagnostics));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Report(Diagnostic.Error("ARC020", $"The capture could not be read: {ex.GetType().Name}: {ex.Message}", entry.RelativePath));
            report.Failed(entry.RelativePath, ex.Message);
        }

        return pages.Select(page =>
        {
            var diagnostics = page.Diagnostics.ToList();
            var article = images?.Resolve(page.Document.Article!, [], PageUrl(page.Document.Article!), localFolder: false, kept.GetValueOrDefault, diagnostics.Add) ?? page.Document.Article!;
            foreach (var diagnostic in diagnostics)
            {
                context.Report(diagnostic);
            }

            return page.Document with { Article = article };
        }).ToList();
    }

    /// <summary>Where the page was captured, for its relative image references: the container's or snapshot's URL.</summary>
    private static string? LocationOf(CaptureResult result) => result.Resources.Count > 0 ? result.Article.CanonicalUrl : null;

    private static string? PageUrl(Model.Article article) => article.CanonicalUrl;
}
