using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Images;
using Archive.Core.Inputs;
using Archive.Core.Normalization;

namespace Archive.Core.Modules;

/// <summary>
/// Process, before the capture cache: a container file (a WARC, WACZ or MHTML archive) is streamed by one worker,
/// its pages normalised in small batches on every core, into one document per page it holds, with source
/// <c>path#key</c> and its article already normalised; any other document passes through, in order. A container's
/// pages are not kept in the capture cache (they have no input entry of their own), so the cache wrapper only
/// analyses them.
/// </summary>
internal sealed class OpenContainers : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var processor = context.Build().Processor;
        if (!inputs.Any(d => d.Input is { } entry && processor.IsContainer(entry.RelativePath)))
        {
            return Task.FromResult(inputs);
        }

        var report = context.Build().Report;
        var documents = context.Parallel(inputs, cancellationToken, readsFiles: true)
            .SelectMany(document => document.Input is { } entry && processor.IsContainer(entry.RelativePath)
                ? Open(entry, processor, report, context.Build().Images, context)
                : [document])
            .ToList();
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

    private static List<Document> Open(InputEntry entry, CaptureProcessor processor, BuildReport report, ImageResolver? images, IExecutionContext context)
    {
        var pages = new List<(Document Document, List<Diagnostic> Diagnostics)>();
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        void Keep(CaptureResource image) => kept.TryAdd(image.Url, images!.Store.Keep(image.Bytes.Span));
        try
        {
            using var stream = new FileStream(entry.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            foreach (var result in processor.ProcessContainer(entry.RelativePath, stream, context.Report, images is null ? null : Keep, context.Degree()))
            {
                report.Normalised(result.Article.SourcePath, result.Article.Title, result.Article.Body.Count, result.Dropped.Count);
                var diagnostics = result.Diagnostics.ToList();
                // The page's own images (data: URIs) now; those held elsewhere in the container once all of it is read.
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
            var article = images?.Resolve(page.Document.Article!, [], page.Document.Article!.CanonicalUrl, localFolder: false, kept.GetValueOrDefault, page.Diagnostics.Add) ?? page.Document.Article!;
            foreach (var diagnostic in page.Diagnostics)
            {
                context.Report(diagnostic);
            }

            return page.Document with { Article = article };
        }).ToList();
    }
}
