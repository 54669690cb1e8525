using System.Diagnostics;
using Archive.Core.Building;
using Archive.Core.Caching;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Output;

namespace Archive.Cli.Preview;

/// <summary>
/// <c>preview</c>: builds, serves the output folder with live reload, watches the input, the theme and the
/// site file and rebuilds on change: debounced, one rebuild at a time, changes during a rebuild queued for
/// the next. A failed rebuild keeps the last good site and shows its errors on the open pages.
/// </summary>
internal sealed class PreviewSession : IAsyncDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan IdleCollectionDelay = TimeSpan.FromMilliseconds(400);

    private readonly BuildPaths _paths;
    private readonly ArchiveSite _site = ArchiveSite.CreateDefault();
    private readonly BuildCache _cache;
    private readonly Action<string> _log;
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _changesLock = new();
    private HashSet<string> _changes = new(StringComparer.Ordinal);
    private bool _watching;
    private long _lastChange;
    private int _pending;
    private SiteWatcher? _watcher;
    private SiteServer? _server;

    // The HTML pages the server handed out last: what a focused rebuild renders first.
    private readonly ViewedPages _viewed = new();
    private Task? _loop;

    // After a focused rebuild (the pages last served, first), the rest of the site is still to render; the rebuild
    // that renders it stops for any new change, which is then built focused again.
    private bool _restPending;
    private CancellationTokenSource? _restStop;

    // The search index being renewed after the last in-place rebuild, and how to stop it.
    private Task _indexing = Task.CompletedTask;
    private CancellationTokenSource? _indexingStop;

    // Whether pages were written in place since the search index was last renewed whole, and whether that renewal
    // reported anything (no Pagefind, a failure) that the last rebuild's outcome does not hold. Only the loop and the
    // refresh it awaits before each rebuild write them.
    private bool _searchStale;
    private bool _searchReported;

    public PreviewSession(BuildPaths paths, BuildCache cache, Action<string> log)
    {
        _paths = paths;
        _cache = cache;
        _log = log;
    }

    public LiveReloadHub Hub { get; } = new();

    public Uri Url => _server?.Url ?? throw new InvalidOperationException("The preview has not started.");

    /// <summary>Log each module's time after every build.</summary>
    public bool Timings { get; init; }

    /// <summary>Completed builds (failed ones too), for tests and the benchmark.</summary>
    public int Builds { get; private set; }

    /// <summary>Raised after each rebuild with its outcome and the time from the first change it covers to the reload message.</summary>
    public event Action<BuildOutcome, TimeSpan>? Rebuilt;

    public async Task StartAsync(string host, int port, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();

        // An editor waits on each rebuild: no blocking full collections while the preview runs.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;
        _cache.KeepStories = true;
        // The first build is never the rest of a focused one, so it is never stopped for a change: it has an outcome.
        var outcome = (await BuildAndReportAsync(cancellationToken).ConfigureAwait(false)).Outcome!;
        _log($"First build: exit {outcome.ExitCode}, {outcome.FilesWritten} written, {outcome.FilesUnchanged} unchanged in {clock.Elapsed.TotalSeconds:0.00} s.");
        _cache.TrustOutput = outcome.ExitCode != 2;
        _cache.PruneAfterEachBuild = false;
        _cache.DeferSaves = true;
        Directory.CreateDirectory(_paths.Output);
        _server = await SiteServer.StartAsync(_paths.Output, host, port, Hub, cancellationToken, _viewed).ConfigureAwait(false);
        var output = new OutputFolder(_paths.Output);
        _watching = true;
        _watcher = new SiteWatcher(_paths.Input, _paths.Theme, _paths.SiteFile, [output.Path, output.Staging, output.Refresh, _cache.Folder ?? OutputFolder.CacheFolder()], Changed);
        var loopToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token).Token;
        _loop = Task.Run(() => LoopAsync(loopToken), CancellationToken.None);

        // Compile the rebuild path before the first edit needs it: the readers, the tagger and the templates, then
        // a rebuild with nothing changed (it writes nothing).
        _ = Task.Run(
            () =>
            {
                WarmUp.Readers(_paths, loopToken);

                // What the start-up build loaded and dropped (a whole cache read back), collected now rather than
                // by the first edit's rebuild.
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                Signal();
            },
            loopToken);
    }

    public async Task RunUntilCancelledAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _watcher?.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync().ConfigureAwait(false);
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        if (_loop is not null)
        {
            try
            {
                await _loop.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopped while a rebuild was waiting.
            }
        }

        await StopIndexingAsync().ConfigureAwait(false);

        _stopping.Dispose();

        // The state left for the next build replays the last rebuild's outcome when no file changed since (see
        // SiteStamps); a search index not renewed since the last rebuild that wrote pages, or what its refresh
        // reported, is not in that outcome, so then the next build does its work.
        if (_searchStale || _searchReported)
        {
            _cache.State.Fingerprint = 0;
        }

        _cache.Flush();
    }

    private void Changed(string path)
    {
        CancellationTokenSource? rest;
        lock (_changesLock)
        {
            _changes.Add(path);
            rest = _restStop;
        }

        // The rest of the site after a focused rebuild is background work: a new change goes first. Cancelled on the
        // thread pool, not on the watcher's thread, so that whatever the cancellation runs holds up no event.
        if (rest is not null)
        {
            ThreadPool.QueueUserWorkItem(
                static stop =>
                {
                    try
                    {
                        stop.Cancel();
                    }
                    catch (ObjectDisposedException)
                    {
                        // That rebuild is over.
                    }
                },
                rest,
                preferLocal: false);
        }

        Signal();
    }

    /// <summary>
    /// A rebuild leaves its garbage in the young generations; collecting it once the reloaded page has had time
    /// to load, rather than in the middle of the next rebuild, keeps that rebuild's pauses short.
    /// </summary>
    private void CollectWhenIdle(CancellationToken cancellationToken) =>
        _ = Task.Delay(IdleCollectionDelay, cancellationToken).ContinueWith(
            _ =>
            {
                if (Volatile.Read(ref _pending) == 0)
                {
                    GC.Collect(1, GCCollectionMode.Forced, blocking: true);
                }
            },
            cancellationToken,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default);

    /// <summary>Asks the loop for a rebuild of whatever changed so far (possibly nothing).</summary>
    private void Signal()
    {
        Interlocked.Exchange(ref _lastChange, Stopwatch.GetTimestamp());
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled.
            }
        }
    }

    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await _signal.WaitAsync(cancellationToken).ConfigureAwait(false);
            var first = Stopwatch.GetTimestamp();

            // Debounce: wait for a short quiet spell (editors write in several steps), but not forever.
            while (Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastChange)) < Quiet && Stopwatch.GetElapsedTime(first) < MaxWait)
            {
                await Task.Delay(5, cancellationToken).ConfigureAwait(false);
            }

            // Changes from now on are queued for the next rebuild, which must not race an index being renewed.
            Interlocked.Exchange(ref _pending, 0);
            await StopIndexingAsync().ConfigureAwait(false);
            var rebuild = await BuildAndReportAsync(cancellationToken).ConfigureAwait(false);
            if (rebuild.Outcome is not { } outcome)
            {
                continue; // the rest of the site, stopped for a new change: the next rebuild goes first
            }

            var errors = outcome.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (outcome.ExitCode == 2)
            {
                await Hub.ErrorAsync("Build failed: the last good site is still served", errors).ConfigureAwait(false);
            }
            else if (outcome.FilesWritten > 0 || HadError)
            {
                await Hub.ReloadAsync("/").ConfigureAwait(false);
                if (errors.Count > 0)
                {
                    await Hub.ErrorAsync("Built with errors in some inputs", errors).ConfigureAwait(false);
                }
            }

            if (rebuild.Focused && outcome.ExitCode != 2)
            {
                // The open pages are on screen; the rest of the site follows in the next rebuild, at once.
                Signal();
            }

            if (outcome.ExitCode != 2 && !rebuild.Replayed)
            {
                if (!rebuild.InPlace)
                {
                    // A new tree ran its staging steps, search included, and its outcome holds what they reported.
                    (_searchStale, _searchReported) = (false, false);
                }
                else if (outcome.FilesWritten > 0)
                {
                    _searchStale = true;
                }

                if (rebuild.InPlace && !rebuild.Focused && _searchStale)
                {
                    StartIndexing(cancellationToken);
                }
            }

            HadError = outcome.ExitCode == 2 || errors.Count > 0;
            var latency = Stopwatch.GetElapsedTime(first);
            _log(Summary(outcome, latency));
            Rebuilt?.Invoke(outcome, latency);
            CollectWhenIdle(cancellationToken);
        }
    }

    private bool HadError { get; set; }

    /// <summary>
    /// An in-place rebuild wrote only the changed pages, so the search index (a staging step's folder) is renewed
    /// now, after the reload was sent, in the background; the pages are served meanwhile with the previous index.
    /// </summary>
    private void StartIndexing(CancellationToken cancellationToken)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _indexingStop = stop;
        _indexing = Task.Run(
            () =>
            {
                var reported = false;
                foreach (var diagnostic in _site.RefreshStagingSteps(_paths.Output, stop.Token))
                {
                    _log(diagnostic.ToString());
                    reported = true;
                }

                if (!stop.Token.IsCancellationRequested)
                {
                    (_searchStale, _searchReported) = (false, reported);
                }
            },
            stop.Token);
    }

    private async Task StopIndexingAsync()
    {
        if (_indexingStop is not { } stop)
        {
            return;
        }

        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _indexing.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or UnauthorizedAccessException)
        {
            // Stopped for the next rebuild, or the folder moved under it: the next refresh starts afresh.
        }

        stop.Dispose();
        _indexingStop = null;
    }

    /// <summary>One build, and how it went (see <see cref="Rebuild"/>).</summary>
    private async Task<Rebuild> BuildAndReportAsync(CancellationToken cancellationToken)
    {
        // What the watcher saw since the last build: the build stats only those files instead of walking the input.
        HashSet<string>? changed = null;
        if (_watching)
        {
            lock (_changesLock)
            {
                (changed, _changes) = (_changes, new HashSet<string>(StringComparer.Ordinal));
            }
        }

        // A change to the theme alone re-renders many pages, maybe all, and so does any change while the rest of the
        // site is still to render after one: the pages last served are rendered first, the rest in the next rebuild.
        var focus = changed is { Count: > 0 } && (_restPending || changed.All(IsThemeFile)) && _viewed.Snapshot() is { Count: > 0 } viewed ? viewed : null;
        CancellationTokenSource? rest = null;
        if (_restPending && focus is null)
        {
            rest = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            lock (_changesLock)
            {
                _restStop = rest;
                if (_changes.Count > 0)
                {
                    rest.Cancel();
                }
            }
        }

        var builder = new SiteBuilder(_paths, _site) { Cache = _cache, ChangedFiles = changed, ReplayUnchanged = _watching, Focus = focus };
        var (pausedBefore, allocatedBefore, gen2Before) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(), GC.CollectionCount(2));
        var cpuBefore = Environment.CpuUsage.TotalTime; // the whole process's: on a shared machine, steadier than wall time
        BuildOutcome outcome;
        try
        {
            outcome = await builder.BuildAsync(rest?.Token ?? cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (rest is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            Requeue(changed);
            _log("  rest of the site stopped for a new change");
            return default;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug or an I/O fault: reported like a build error, and the loop goes on.
            outcome = new BuildOutcome(2, [Diagnostic.Error("ARC900", ex.Message)], [], 0, 0, 0, TimeSpan.Zero);
        }
        finally
        {
            if (rest is not null)
            {
                lock (_changesLock)
                {
                    _restStop = null;
                }

                // A change may be cancelling it on another thread; once cancelled it holds nothing worth freeing early.
                if (!rest.IsCancellationRequested)
                {
                    rest.Dispose();
                }
            }
        }

        if (outcome.ExitCode == 2)
        {
            // The build may have stopped before it read them: they are still changes for the next one.
            Requeue(changed);
        }
        else
        {
            _restPending = focus is not null;
        }

        Builds++;
        foreach (var diagnostic in outcome.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            _log(diagnostic.ToString());
        }

        if (Timings)
        {
            foreach (var timing in outcome.Timings.Where(t => t.Elapsed.TotalMilliseconds >= 1))
            {
                _log($"  {timing.Elapsed.TotalMilliseconds,7:0} ms  {timing.Pipeline} » {timing.Phase} » {timing.Module} ({timing.Documents} documents)");
            }
        }

        var counts = builder.CacheCounts;
        _log($"  captures: {counts.CapturesCached} cached, {counts.CapturesNormalised} normalised; pages: {counts.PagesReused} reused, {counts.PagesRendered} rendered{(builder.KeptArchive ? "; archive index kept (only article text changed)" : "")}{(builder.KeptEntities ? "; entities kept" : "")}{(builder.KeptSources ? "; sources kept" : "")}");
        if (Timings)
        {
            _log($"  unmade by the page map: {builder.KeptLists} lists, {builder.KeptArticlePages} article pages; GC: " +
                 $"{(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:0} ms paused, {(GC.GetTotalAllocatedBytes() - allocatedBefore) >> 20} MiB allocated, " +
                 $"{GC.CollectionCount(2) - gen2Before} gen2; process CPU {(Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds:0} ms");
        }
        return new Rebuild(outcome, builder.WroteInPlace, focus is not null, builder.Replayed);
    }

    /// <summary>
    /// A rebuild's outcome (none: the rest of a site, stopped for a new change), and whether it rewrote the output
    /// folder in place, rendered only the pages last served, or replayed the last outcome.
    /// </summary>
    private readonly record struct Rebuild(BuildOutcome? Outcome, bool InPlace, bool Focused, bool Replayed);

    private void Requeue(HashSet<string>? changed)
    {
        if (changed is not null)
        {
            lock (_changesLock)
            {
                _changes.UnionWith(changed);
            }
        }
    }

    private bool IsThemeFile(string path) => FolderScan.RelativeInside(_paths.Theme, path) is not null;

    private static string Summary(BuildOutcome outcome, TimeSpan latency) => outcome.ExitCode == 2
        ? $"Rebuild failed ({outcome.Errors} error(s)); still serving the last good site."
        : $"Rebuilt: {outcome.FilesWritten} written, {outcome.FilesUnchanged} unchanged; build {outcome.Elapsed.TotalMilliseconds:0} ms, change to reload {latency.TotalMilliseconds:0} ms.";
}
