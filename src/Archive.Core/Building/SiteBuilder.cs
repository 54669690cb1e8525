using System.Diagnostics;
using System.Runtime.CompilerServices;
using Archive.Core.Assets;
using Archive.Core.Caching;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Images;
using Archive.Core.Inputs;
using Archive.Core.Modules;
using Archive.Core.Normalization;
using Archive.Core.Output;
using Archive.Core.Pipelines;
using Archive.Core.Rendering;

namespace Archive.Core.Building;

/// <summary>
/// One build: reads site.yml and the theme (errors there stop the build before anything is written),
/// then runs the pipelines, which end by committing the output folder atomically.
/// </summary>
public sealed class SiteBuilder(BuildPaths paths, ArchiveSite site)
{
    /// <summary>A builder of the default site (<see cref="ArchiveSite.CreateDefault"/>).</summary>
    public SiteBuilder(BuildPaths paths)
        : this(paths, ArchiveSite.CreateDefault())
    {
    }

    public bool Strict { get; init; }

    /// <summary>Documents worked on at once; 1 builds serially (same bytes as in parallel).</summary>
    public Parallelism Parallelism { get; init; } = Parallelism.Default;

    /// <summary>The incremental build cache; null builds everything from scratch.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>
    /// The full paths of the only files changed since the last build with the same <see cref="Cache"/>, when a
    /// watcher knows them (a preview); null makes the build find out for itself.
    /// </summary>
    public IReadOnlyCollection<string>? ChangedFiles { get; init; }

    /// <summary>
    /// When nothing changed, replay the last outcome without running the pipelines (the default). A preview's
    /// first build turns it off: it runs them over the cache, so that the articles, index and pages it keeps in
    /// memory make the first edit as fast as the next ones.
    /// </summary>
    public bool ReplayUnchanged { get; init; } = true;

    /// <summary>
    /// A preview's first pass after a change that re-renders many pages (a template): only the pages at these
    /// destinations (output-relative, such as <c>2014/03/30/slug/index.html</c>) are rendered; every other page keeps
    /// its file and its last signature, so the next build, which must follow, renders it. Such a build leaves no
    /// replayable state and no memory for the next one to keep. Null (the default) renders every page that changed.
    /// </summary>
    public IReadOnlySet<string>? Focus { get; init; }

    /// <summary>Fault-injection tests: called before each step of the commit that changes what is on disk (see <see cref="SiteSink"/>).</summary>
    internal Action<string>? BeforeCommitStep { get; init; }

    /// <summary>True when the last build rewrote changed files in place, so its staging steps did not run (see <see cref="ArchiveSite.RefreshStagingSteps"/>).</summary>
    public bool WroteInPlace { get; private set; }

    /// <summary>True when the last build only changed some articles' text and kept the archive index and its pages.</summary>
    public bool KeptArchive { get; private set; }

    /// <summary>After <see cref="BuildAsync"/>: how many paginated lists kept their pages because their facts were unchanged (<see cref="Rendering.Pages.PageFacts"/>).</summary>
    public int KeptLists { get; private set; }

    /// <summary>After <see cref="BuildAsync"/>: how many article pages kept their file because their facts were unchanged (<see cref="Rendering.Pages.ArticleFacts"/>).</summary>
    public int KeptArticlePages { get; private set; }

    /// <summary>After <see cref="BuildAsync"/>: true when the archive was resolved again but every article's entities were kept from the last resolution.</summary>
    public bool KeptEntities { get; private set; }

    /// <summary>After <see cref="BuildAsync"/>: true when the archive was resolved again but every article's source name was kept from the last resolution.</summary>
    public bool KeptSources { get; private set; }

    /// <summary>After <see cref="BuildAsync"/>: whether nothing had changed, so the last build's outcome was replayed.</summary>
    public bool Replayed { get; private set; }

    private bool _stoppedBeforeCommit;

    /// <summary>What the last build took from the cache (captures cached / normalised, pages reused / rendered).</summary>
    public (int CapturesCached, int CapturesNormalised, int PagesReused, int PagesRendered) CacheCounts { get; private set; }

    /// <summary>Images the last build encoded (an image the cache held already is not counted).</summary>
    public int ImagesEncoded { get; private set; }

    public async Task<BuildOutcome> BuildAsync(CancellationToken cancellationToken = default)
    {
        var refusals = new OutputFolder(paths.Output).Refusals(paths, Cache?.Folder ?? OutputFolder.CacheFolder()).ToList();
        if (Cache?.Folder is { } cacheFolder && File.Exists(cacheFolder))
        {
            refusals.Add(Diagnostic.Error("ARC082", "The build cache's path is a file; move it away or build with --no-cache.", cacheFolder));
        }

        if (refusals.Count > 0)
        {
            return Outcome(2, [.. refusals], null, null, Stopwatch.StartNew());
        }

        if (Cache is null)
        {
            return await BuildAsync(IncrementalBuild.PassThrough(), cancellationToken).ConfigureAwait(false);
        }

        await Cache.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var incremental = IncrementalBuild.Begin(Cache, paths, ChangedFiles, Focus);
            if (ReplayUnchanged && incremental.Unchanged() is { } last)
            {
                // Nothing the build reads has changed and the output folder is as the last build left it.
                CacheCounts = (last.Report.Count, 0, last.Files, 0);
                Replayed = true;
                var replayed = new BuildReport();
                foreach (var entry in last.Report)
                {
                    replayed.Restore(entry);
                }

                var exitCode = last.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error || (Strict && d.Severity == DiagnosticSeverity.Warning)) ? 1 : 0;
                return new BuildOutcome(exitCode, last.Diagnostics, replayed.Entries, last.Report.Count, 0, last.Files, stopwatch.Elapsed);
            }

            try
            {
                var outcome = await BuildAsync(incremental, cancellationToken).ConfigureAwait(false);
                CacheCounts = incremental.Counts;
                KeptArchive = incremental.Delta is not null;
                KeptLists = incremental.PageFacts?.Kept ?? 0;
                KeptArticlePages = incremental.PageFacts?.KeptPages ?? 0;
                KeptEntities = incremental.EntitiesKept;
                KeptSources = incremental.SourcesKept;
                return outcome;
            }
            catch (OperationCanceledException) when (_stoppedBeforeCommit)
            {
                // The output folder and the cache's state are still the last build's: the next build starts from them.
                throw;
            }
            catch
            {
                incremental.Invalidate();
                throw;
            }
        }
        finally
        {
            Cache.Gate.Release();
        }
    }

    private async Task<BuildOutcome> BuildAsync(IncrementalBuild incremental, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        var settings = LoadSettings(paths.SiteFile, diagnostics);
        var assets = AssetManifest.Load(paths.Theme);
        var theme = Theme.Load(paths.Theme, assets.Url, diagnostics, site.RenderLimits, site.CreateTemplateFunctions());
        if (theme is null || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return Outcome(2, diagnostics, null, null, stopwatch);
        }

        IReadOnlyList<ModuleTiming> timings = [];
        SiteSink sink;
        try
        {
            sink = incremental.CanWriteInPlace(paths.Output) ? SiteSink.InPlace(paths.Output, BeforeCommitStep) : SiteSink.NewTree(paths.Output, BeforeCommitStep);
        }
        catch (Exception ex) when (WriteFailure(ex) is { } failure)
        {
            diagnostics.Add(Diagnostic.Error("ARC081", $"Could not prepare the output folder: {failure.Message}", paths.Output));
            return Outcome(2, diagnostics, null, null, stopwatch);
        }

        sink.UseStagingSteps(site.StagingSteps);
        WroteInPlace = sink.IsInPlace;
        var readers = site.CreateReaders();
        using var temporaryStore = Cache is null ? ImageStore.Temporary() : null;
        var imageStore = temporaryStore ?? ImagesOf(Cache!);
        var encodesBefore = imageStore.Encodes;
        var context = new BuildContext
        {
            Images = new ImageResolver(imageStore, paths.Input),
            Paths = paths,
            Settings = settings,
            Theme = theme,
            Assets = assets,
            Readers = readers,
            Processor = new CaptureProcessor(settings, readers),
            Previous = incremental,
            Sink = sink,
            Manifest = incremental.Enabled ? OutputManifest.Of(paths.Output, sink.IsInPlace ? incremental.KnownOutput : null) : null,
        };
        var (report, statistics) = (context.Report, context.Statistics);
        var services = new ServiceSet().Add(context).Add(context.Report);
        if (incremental.Captures is { } captures)
        {
            services.Add(captures);
        }

        site.AddServicesTo(services);
        var engine = new PipelineEngine(site.CreatePipelines(), services, Parallelism);
        try
        {
            var result = await engine.ExecuteAsync(cancellationToken).ConfigureAwait(false);
            diagnostics.AddRange(result.Diagnostics);
            timings = result.Timings;
        }
        catch (ModuleException ex) when (ex.InnerException is TemplateException { Diagnostic: { } diagnostic })
        {
            sink.Abandon();
            diagnostics.Add(diagnostic);
            return Outcome(2, diagnostics, report, null, stopwatch);
        }
        catch (Exception ex) when (WriteFailure(ex) is { } failure)
        {
            // A full disk, a read-only folder, a path that turned into a file: the old site stays as it was.
            sink.Abandon();
            incremental.Invalidate();
            diagnostics.Add(Diagnostic.Error("ARC081", $"The build stopped, nothing was published: {failure.Message}", paths.Output));
            return Outcome(2, diagnostics, report, null, stopwatch);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !sink.Committed)
        {
            // Cancelled before the commit (the sink checks the token only until then): nothing was published.
            sink.Abandon();
            _stoppedBeforeCommit = true;
            throw;
        }
        catch
        {
            sink.Abandon();
            throw;
        }

        ImagesEncoded = imageStore.Encodes - encodesBefore;
        diagnostics.AddRange(sink.StagingDiagnostics);
        incremental.Complete(diagnostics, report, statistics.Files, context.Manifest?.Files);
        var problems = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error || (Strict && d.Severity == DiagnosticSeverity.Warning));
        return Outcome(problems ? 1 : 0, diagnostics, report, statistics, stopwatch) with { Timings = timings };
    }

    // An in-memory cache keeps its images in a temporary folder for as long as the cache lives (its articles name them),
    // deleted when the process ends.
    private static readonly ConditionalWeakTable<BuildCache, ImageStore> InMemoryImages = [];

    /// <summary>The image store beside the cache's files (<c>.cache/images</c>), so unchanged images are not encoded again.</summary>
    private static ImageStore ImagesOf(BuildCache cache) => cache.Folder is { } folder
        ? ImageStore.At(Path.Combine(folder, "images"))
        : InMemoryImages.GetValue(cache, static _ =>
        {
            var store = ImageStore.Temporary();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => store.Dispose();
            return store;
        });

    private static Exception? WriteFailure(Exception exception) => exception switch
    {
        IOException or UnauthorizedAccessException => exception,
        ModuleException { InnerException: { } inner } => WriteFailure(inner),
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(WriteFailure).FirstOrDefault(e => e is not null),
        _ => null,
    };

    /// <summary>site.yml, or defaults when there is none; its source rules are checked here so a bad pattern is reported once.</summary>
    public static SiteSettings LoadSettings(string? siteFile, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (siteFile is null || !Path.Exists(siteFile))
        {
            return new SiteSettings();
        }

        var display = Path.GetFileName(siteFile);
        if (!FileKind.IsRegularFile(siteFile))
        {
            diagnostics.Add(Diagnostic.Error("ARC071", $"The site file is {FileKind.Describe(siteFile)}; it must be a regular file.", display));
            return new SiteSettings();
        }

        var settings = YamlReader.Read<SiteSettings>(CaptureInput.Decode(File.ReadAllBytes(siteFile)), display, diagnostics) ?? new SiteSettings();
        settings.Validate(display, diagnostics);

        foreach (var rule in settings.Sources)
        {
            foreach (var pattern in rule.DropLines.Concat(rule.KeepLines))
            {
                if (!Normalization.Text.LineRules.TryCompile(pattern, out _, out var error))
                {
                    diagnostics.Add(Diagnostic.Error("ARC014", $"Source rule '{rule.Match}': invalid line pattern '{pattern}': {error}", display));
                }
            }
        }

        return settings;
    }

    private static BuildOutcome Outcome(int exitCode, List<Diagnostic> diagnostics, BuildReport? report, BuildStatistics? statistics, Stopwatch stopwatch)
    {
        var entries = report?.Entries ?? [];
        return new BuildOutcome(
            exitCode,
            diagnostics,
            entries,
            entries.Count,
            statistics?.Writes.Written ?? 0,
            statistics?.Writes.Unchanged ?? 0,
            stopwatch.Elapsed);
    }
}
