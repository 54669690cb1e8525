using Archive.Core.Engine;

namespace Archive.Core.Caching;

/// <summary>
/// Process: runs the modules that make and analyse the article of each capture, and keeps their results in the
/// build cache (as Statiq's <c>CacheDocuments</c>): a capture the cache holds is not read, its article and what
/// making it reported are replayed; any other goes through the modules and their result is stored. The modules
/// do not know the cache exists; without a cache (<see cref="CaptureCache"/> not among the build's services) this
/// only runs them.
/// </summary>
/// <remarks>
/// The wrapped modules run at the parallelism they would have on their own: consecutive modules that read files
/// (and the cache look-up, which reads a changed capture) share one parallel query at twice the cores, the modules
/// after them one query at one worker per core. Running the analysis inside the reading query instead put twice
/// as many CPU-bound workers as cores on it; at 10,000 captures that cost about 6 s more CPU, most of it in
/// longer garbage collections (docs/incremental-builds.md).
/// </remarks>
internal sealed class CacheCaptures(params DocumentModule[] modules) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context, CancellationToken cancellationToken)
    {
        var cache = context.TryGetService<CaptureCache>();
        var report = cache is null ? null : context.GetService<BuildReport>();
        var steps = modules.Select(m => m.Begin(context)).ToArray();
        var stages = Stages();
        IReadOnlyList<Work> work = [.. inputs.Select(document => new Work(document))];
        for (var s = 0; s < stages.Count; s++)
        {
            var (from, to, readsFiles) = stages[s];
            var first = s == 0;
            var last = s == stages.Count - 1;
            work = [.. context.Parallel(work, cancellationToken, readsFiles || (first && cache is not null))
                .Select(item =>
                {
                    if (first && cache is not null)
                    {
                        item.LookUp(cache, report!, context);
                    }

                    item.Run(steps, from, to, context);
                    if (last && cache is not null)
                    {
                        item.Store(cache, report!);
                    }

                    return item;
                })
                .Where(item => item.Document is not null)];
        }

        return Task.FromResult<IReadOnlyList<Document>>([.. work.Select(item => item.Document!)]);
    }

    /// <summary>The wrapped modules cut into runs of modules that read files or do not: [from, to) and whether they read.</summary>
    private List<(int From, int To, bool ReadsFiles)> Stages()
    {
        var stages = new List<(int From, int To, bool ReadsFiles)>();
        for (var i = 0; i < modules.Length;)
        {
            var start = i;
            while (i < modules.Length && modules[i].ReadsFiles == modules[start].ReadsFiles)
            {
                i++;
            }

            stages.Add((start, i, modules[start].ReadsFiles));
        }

        return stages.Count == 0 ? [(0, 0, false)] : stages;
    }

    /// <summary>One capture on its way through the wrapped modules, with what they reported when its result is to be cached.</summary>
    private sealed class Work(Document document)
    {
        private RecordingContext? _recording;
        private bool _replayed;

        public Document? Document { get; private set; } = document;

        /// <summary>Replays the cached result of an unchanged capture, or reads a changed one and starts recording what making it reports.</summary>
        public void LookUp(CaptureCache cache, BuildReport report, IExecutionContext context)
        {
            if (Document!.Input is not { } entry)
            {
                return; // not a capture file of its own (a page of a container): made, never cached
            }

            if (cache.Find(entry, out var capture) is { } hit)
            {
                foreach (var diagnostic in hit.Diagnostics)
                {
                    context.Report(diagnostic);
                }

                report.Restore(hit.Report);
                Document = Document with { Article = hit.Article, Capture = null, Input = null };
                _replayed = true;
                return;
            }

            _recording = new RecordingContext(context, entry.RelativePath);
            Document = Document with { Capture = capture };
        }

        public void Run(Func<Document, IExecutionContext, Document?>[] steps, int from, int to, IExecutionContext context)
        {
            for (var i = from; i < to && Document is not null && !_replayed; i++)
            {
                Document = steps[i](Document, (IExecutionContext?)_recording ?? context);
            }
        }

        /// <summary>Keeps the article made for a capture read in this build, with what making it reported.</summary>
        public void Store(CaptureCache cache, BuildReport report)
        {
            if (_recording is { } recording && Document?.Article is { } article && report.EntryOf(recording.Path) is { } reported)
            {
                cache.Store(recording.Path, article, recording.Reported, reported);
            }
        }
    }
}
