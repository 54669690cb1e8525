using Archive.Core.Engine;

namespace Archive.Core.Caching;

/// <summary>
/// Process: runs the modules that make and analyse the article of each capture, and keeps their results in the
/// build cache (as Statiq's <c>CacheDocuments</c>): a capture the cache holds is not read, its article and what
/// making it reported are replayed; any other goes through the modules and their result is stored. The modules
/// do not know the cache exists; without a cache (<see cref="CaptureCache"/> not among the build's services) this
/// only runs them. Each capture goes through every module on one worker, so reading, normalising and analysing
/// overlap and no list of captures is held between two steps.
/// </summary>
internal sealed class CacheCaptures(params DocumentModule[] modules) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var cache = context.TryGetService<CaptureCache>();
        var report = cache is null ? null : context.GetService<BuildReport>();
        var steps = modules.Select(m => m.Begin(context)).ToArray();
        var documents = context.Parallel(inputs, cancellationToken, readsFiles: modules.Any(m => m.ReadsFiles))
            .Select(document => cache is null || document.Input is null ? Run(steps, document, context) : Cached(cache, report!, steps, document, context))
            .OfType<Document>()
            .ToList();
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

    private static Document? Cached(CaptureCache cache, BuildReport report, Func<Document, IExecutionContext, Document?>[] steps, Document document, IExecutionContext context)
    {
        var entry = document.Input!;
        if (cache.Find(entry, out var capture) is { } hit)
        {
            foreach (var diagnostic in hit.Diagnostics)
            {
                context.Report(diagnostic);
            }

            report.Restore(hit.Report);
            return document with { Article = hit.Article, Capture = null, Input = null };
        }

        var recording = new RecordingContext(context);
        var made = Run(steps, document with { Capture = capture }, recording);
        if (made?.Article is { } article && report.EntryOf(entry.RelativePath) is { } reported)
        {
            cache.Store(entry.RelativePath, article, recording.Reported, reported);
        }

        return made;
    }

    private static Document? Run(Func<Document, IExecutionContext, Document?>[] steps, Document document, IExecutionContext context)
    {
        Document? current = document;
        for (var i = 0; i < steps.Length && current is not null; i++)
        {
            current = steps[i](current, context);
        }

        return current;
    }
}
