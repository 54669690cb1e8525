using System.Collections.Concurrent;
using Archive.Core.Diagnostics;

namespace Archive.Core.Engine;

/// <summary>
/// Runs pipelines phase by phase: each phase of each pipeline is a task that starts as soon as what it
/// waits for is done, so independent pipelines run in parallel. One token cancels everything; the first
/// module failure cancels the rest and is rethrown wrapped with the pipeline, phase and module.
/// </summary>
public sealed class PipelineEngine
{
    private readonly IReadOnlyList<Pipeline> _pipelines;
    private readonly ServiceSet _services;
    private readonly Parallelism _parallelism;

    public PipelineEngine(IEnumerable<Pipeline> pipelines, ServiceSet? services = null, Parallelism? parallelism = null)
    {
        _pipelines = PipelineGraph.Sort(pipelines.ToList());
        _services = services ?? new ServiceSet();
        _parallelism = parallelism ?? Parallelism.Default;
    }

    /// <summary>Pipelines in dependency order.</summary>
    public IReadOnlyList<Pipeline> Pipelines => _pipelines;

    public async Task<EngineResult> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        using var failure = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = new Run(this, failure);
        var input = _pipelines.ToDictionary(p => p.Name, p => run.Start(p, Phase.Input, []));
        var process = new Dictionary<string, Task<IReadOnlyList<Document>>>(StringComparer.Ordinal);
        foreach (var pipeline in _pipelines)
        {
            // Dependency order guarantees the dependencies' Process tasks exist already.
            var waits = pipeline.Dependencies.Select(d => (Task)process[d]).Append(input[pipeline.Name]).ToArray();
            process[pipeline.Name] = run.Start(pipeline, Phase.Process, waits, () => input[pipeline.Name].Result);
        }

        var allProcess = process.Values.Cast<Task>().ToArray();
        var postProcess = _pipelines.ToDictionary(
            p => p.Name,
            p => run.Start(p, Phase.PostProcess, allProcess, () => process[p.Name].Result));
        var allPostProcess = postProcess.Values.Cast<Task>().ToArray();
        var output = _pipelines.ToDictionary(
            p => p.Name,
            p => run.Start(p, Phase.Output, allPostProcess, () => postProcess[p.Name].Result));

        try
        {
            await Task.WhenAll(output.Values).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Whatever stopped the run (a module's failure or the caller's cancellation), every module stops before
            // it is reported: a phase cancelled before it began completes at once, while a module of an earlier
            // phase may still be writing pages that the caller is about to throw away.
            Task[] started = [.. input.Values, .. process.Values, .. postProcess.Values, .. output.Values];
            await Task.WhenAll(started).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

            // A module failed and cancelled the others: rethrow that failure, wrapped once, whichever task
            // Task.WhenAll happened to surface (the failure itself or a cancellation it caused).
            if (run.Failure is null)
            {
                throw;
            }
        }

        if (run.Failure is not null)
        {
            throw run.Failure;
        }

        // Every module finished: the run is complete even if cancellation came after the last one started, since its
        // Output phase may have published the site; throwing now would leave the caller unsure what is on disk.
        var outputs = _pipelines.ToDictionary(p => p.Name, p => output[p.Name].Result, StringComparer.Ordinal);
        var timings = run.Timings.OrderBy(t => t.Started).ToList();
        return new EngineResult(outputs, run.Diagnostics.ToSortedList()) { Timings = timings };
    }

    private sealed class Run(PipelineEngine engine, CancellationTokenSource cancellation)
    {
        private readonly ServiceSet _services = engine._services;

        private readonly Parallelism _parallelism = engine._parallelism;

        private readonly IReadOnlyList<string> _pipelineNames = engine._pipelines.Select(p => p.Name).ToList();

        private readonly long _begun = System.Diagnostics.Stopwatch.GetTimestamp();

        private readonly ConcurrentDictionary<(string Pipeline, Phase Phase), IReadOnlyList<Document>> _results = new();

        // Per pipeline that hands its documents over (Pipeline.HandsOver): the dependents that have not read them yet.
        private readonly Dictionary<string, HashSet<string>> _unread = engine._pipelines
            .Where(p => p.HandsOver)
            .ToDictionary(p => p.Name, p => engine._pipelines.Where(d => d.Dependencies.Contains(p.Name, StringComparer.Ordinal)).Select(d => d.Name).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        public DiagnosticBag Diagnostics { get; } = new();

        public ConcurrentQueue<ModuleTiming> Timings { get; } = new();

        public ModuleException? Failure { get; private set; }

        /// <summary>
        /// Runs a phase of a pipeline once <paramref name="waits"/> are done, on a thread of its own: a phase
        /// runs for seconds and its modules fan out to the pool themselves, and a continuation on the pool could
        /// run inline on the thread that finished the last dependency, one pipeline after another.
        /// </summary>
        public Task<IReadOnlyList<Document>> Start(Pipeline pipeline, Phase phase, Task[] waits, Func<IReadOnlyList<Document>>? inputs = null) =>
            Task.WhenAll(waits).ContinueWith(
                all =>
                {
                    all.GetAwaiter().GetResult();
                    return RunAsync(pipeline, phase, inputs);
                },
                cancellation.Token,
                TaskContinuationOptions.LongRunning,
                TaskScheduler.Default).Unwrap();

        private async Task<IReadOnlyList<Document>> RunAsync(Pipeline pipeline, Phase phase, Func<IReadOnlyList<Document>>? inputs)
        {
            var documents = inputs?.Invoke() ?? [];
            var context = new ExecutionContext(this, pipeline, phase);
            foreach (var module in pipeline.ModulesOf(phase))
            {
                cancellation.Token.ThrowIfCancellationRequested();
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var cpu = Environment.CpuUsage.TotalTime;
                var allocated = GC.GetTotalAllocatedBytes();
                try
                {
                    documents = await module.ExecuteAsync(documents, context, cancellation.Token).ConfigureAwait(false);
                    Timings.Enqueue(new ModuleTiming(pipeline.Name, phase, module.GetType().Name, System.Diagnostics.Stopwatch.GetElapsedTime(started), documents.Count)
                    {
                        ProcessCpu = Environment.CpuUsage.TotalTime - cpu,
                        ProcessAllocated = GC.GetTotalAllocatedBytes() - allocated,
                        Started = System.Diagnostics.Stopwatch.GetElapsedTime(_begun, started),
                    });
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellation.IsCancellationRequested)
                {
                    // A module's parallel query throws what failed inside an AggregateException: the failure is the
                    // first of those, wrapped once like any other (so a template error stays the ModuleException's inner).
                    var cause = ex is AggregateException aggregate && aggregate.Flatten().InnerExceptions is [var first, ..] ? first : ex;
                    Fail(new ModuleException($"{pipeline.Name} » {phase} » {module.GetType().Name}: {cause.Message}", cause));
                    throw;
                }
            }

            if (phase == Phase.Process && pipeline.HandsOver)
            {
                // Only the results table holds them, until each dependent has read them (see Read); the task that
                // the next phase starts from holds none.
                lock (_unread)
                {
                    if (_unread[pipeline.Name].Count > 0)
                    {
                        _results[(pipeline.Name, phase)] = documents;
                    }
                }

                return [];
            }

            _results[(pipeline.Name, phase)] = documents;
            return documents;
        }

        /// <summary>
        /// What <paramref name="reader"/> sees of a pipeline's completed phase; the documents of a pipeline that hands
        /// them over are let go once the last of its dependents has read them, and a second read by one dependent fails.
        /// </summary>
        private IReadOnlyList<Document> Read(string pipelineName, Phase phase, Pipeline reader)
        {
            if (phase == Phase.Process && _unread.TryGetValue(pipelineName, out var unread))
            {
                lock (_unread)
                {
                    if (!unread.Remove(reader.Name))
                    {
                        throw new InvalidOperationException(
                            $"Pipeline '{reader.Name}' reads '{pipelineName}' again, or after its documents were handed over; a pipeline that hands them over gives them to each dependent once.");
                    }

                    return (unread.Count == 0 ? _results.TryRemove((pipelineName, phase), out var last) : _results.TryGetValue((pipelineName, phase), out last)) ? last : [];
                }
            }

            return _results.TryGetValue((pipelineName, phase), out var documents) ? documents : [];
        }

        private void Fail(ModuleException exception)
        {
            lock (this)
            {
                Failure ??= exception;
            }

            cancellation.Cancel();
        }

        private sealed class ExecutionContext(Run run, Pipeline pipeline, Phase phase) : IExecutionContext
        {
            public string PipelineName => pipeline.Name;

            public Phase Phase => phase;

            public Parallelism Parallelism => run._parallelism;

            public IReadOnlyList<string> PipelineNames => run._pipelineNames;

            public IReadOnlyList<Document> OutputsOf(string pipelineName)
            {
                if (phase == Phase.Process && !pipeline.Dependencies.Contains(pipelineName, StringComparer.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"Pipeline '{pipeline.Name}' reads '{pipelineName}' in Process without depending on it.");
                }

                // Only completed phases are visible, so what a module sees never depends on timing.
                var visible = phase == Phase.Output ? Phase.PostProcess : Phase.Process;
                return phase == Phase.Process ? run.Read(pipelineName, visible, pipeline) : run._results.TryGetValue((pipelineName, visible), out var documents) ? documents : [];
            }

            public void Report(Diagnostic diagnostic) => run.Diagnostics.Add(diagnostic);

            public T GetService<T>() where T : class =>
                TryGetService<T>() ?? throw new InvalidOperationException($"No service of type {typeof(T).Name} was registered.");

            public T? TryGetService<T>() where T : class => run._services.Find<T>();
        }
    }
}
