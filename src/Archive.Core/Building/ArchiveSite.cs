using Archive.Core.Engine;
using Archive.Core.Diagnostics;
using Archive.Core.Normalization;
using Archive.Core.Output;
using Archive.Core.Output.Search;
using Archive.Core.Pipelines;
using Archive.Core.Rendering;

namespace Archive.Core.Building;

/// <summary>
/// What a build makes and how, open to a user's own C# the way Statiq's bootstrapper and Markdig's pipeline
/// builder are: the pipelines (add one, or add a module to a built-in one), functions for the templates and
/// services for the user's modules. <c>build</c> and <c>preview</c> use <see cref="CreateDefault"/>; see
/// docs/extending.md for a worked example.
/// <code>
/// var site = ArchiveSite.CreateDefault()
///     .UseReader(".note", new NoteReader())
///     .AddPipeline(() => new WordCounts())
///     .ConfigureTemplates(functions => functions.Add("shout", args => args[0]?.ToString()?.ToUpperInvariant()));
/// var outcome = await site.Builder(paths).BuildAsync();
/// </code>
/// </summary>
public sealed class ArchiveSite
{
    private readonly List<Func<Pipeline>> _pipelines = [];
    private readonly List<(string Pipeline, Action<Pipeline> Configure)> _pipelineChanges = [];
    private readonly List<Action<TemplateFunctions>> _templateChanges = [];
    private readonly List<object> _services = [];
    private readonly List<(string Extension, ICaptureReader Reader)> _readers = [];
    private readonly List<IStagingStep> _stagingSteps = [];

    private ArchiveSite()
    {
    }

    /// <summary>
    /// The built-in pipelines: captures, analysis, article pages, index pages, feeds, theme assets, output; and the
    /// search index, made by Pagefind from tools/search of the current folder (see <see cref="UseSearchTools"/>).
    /// </summary>
    public static ArchiveSite CreateDefault() => CreateEmpty()
        .AddStagingStep(new PagefindIndexer(PagefindIndexer.DefaultToolsFolder))
        .AddPipeline(() => new Captures())
        .AddPipeline(() => new ArticleAnalysis())
        .AddPipeline(() => new Articles())
        .AddPipeline(() => new Archives())
        .AddPipeline(() => new Feeds())
        .AddPipeline(() => new ThemeAssets())
        .AddPipeline(() => new Pipelines.Images())
        .AddPipeline(() => new Pipelines.Output());

    /// <summary>No pipelines at all: a site that is only what the caller adds.</summary>
    public static ArchiveSite CreateEmpty() => new();

    /// <summary>Adds a pipeline, made afresh for each build (a preview builds many times).</summary>
    public ArchiveSite AddPipeline(Func<Pipeline> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        _pipelines.Add(create);
        return this;
    }

    /// <summary>Changes a pipeline by name after it is made, for example to add a module to the built-in <c>Articles</c>.</summary>
    public ArchiveSite ConfigurePipeline(string name, Action<Pipeline> configure)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        _pipelineChanges.Add((name, configure));
        return this;
    }

    /// <summary>Adds functions the theme's templates can call.</summary>
    public ArchiveSite ConfigureTemplates(Action<TemplateFunctions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _templateChanges.Add(configure);
        return this;
    }

    /// <summary>
    /// Reads files ending in <paramref name="extension"/> (".note") as captures with <paramref name="reader"/>: the
    /// input walk finds them, with their sidecars, and the build normalises them like any capture. Given a built-in
    /// extension, it replaces the built-in reader.
    /// </summary>
    public ArchiveSite UseReader(string extension, ICaptureReader reader)
    {
        ArgumentNullException.ThrowIfNull(extension);
        ArgumentNullException.ThrowIfNull(reader);
        _readers.Add((extension, reader));
        return this;
    }

    /// <summary>A service the user's modules read with <c>context.GetService&lt;T&gt;()</c>, registered under its own type.</summary>
    public ArchiveSite AddService(object service)
    {
        ArgumentNullException.ThrowIfNull(service);
        _services.Add(service);
        return this;
    }

    /// <summary>
    /// Runs <paramref name="step"/> over the complete new site before it is published (see <see cref="IStagingStep"/>),
    /// in the order added.
    /// </summary>
    public ArchiveSite AddStagingStep(IStagingStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _stagingSteps.Add(step);
        return this;
    }

    /// <summary>Indexes the site with the Pagefind installed in <paramref name="toolsFolder"/> (a folder holding node_modules/pagefind).</summary>
    public ArchiveSite UseSearchTools(string toolsFolder)
    {
        ArgumentNullException.ThrowIfNull(toolsFolder);
        _stagingSteps.RemoveAll(step => step is PagefindIndexer);
        _stagingSteps.Add(new PagefindIndexer(toolsFolder));
        return this;
    }

    /// <summary>
    /// After an in-place commit (a preview), renews each staging step's folder in <paramref name="outputDirectory"/>;
    /// the pages are served meanwhile, with the previous folder.
    /// </summary>
    public IReadOnlyList<Diagnostic> RefreshStagingSteps(string outputDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outputDirectory);
        return _stagingSteps.SelectMany(step => StagingRefresh.Run(step, outputDirectory, cancellationToken)).ToList();
    }

    /// <summary>
    /// Sets the limits a page's templates run under (<see cref="RenderLimits.Default"/> unless set): a site with
    /// heavy templates may need more time per page, and a test of one limit can lift the others out of its way.
    /// </summary>
    public ArchiveSite UseRenderLimits(RenderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        RenderLimits = limits;
        return this;
    }

    internal RenderLimits RenderLimits { get; private set; } = RenderLimits.Default;

    internal IReadOnlyList<IStagingStep> StagingSteps => _stagingSteps;

    /// <summary>A builder of this site from <paramref name="paths"/>.</summary>
    public SiteBuilder Builder(BuildPaths paths) => new(paths, this);

    /// <summary>This site's pipelines, made for one build, with every change applied; a change naming no pipeline is an error.</summary>
    internal IReadOnlyList<Pipeline> CreatePipelines()
    {
        var pipelines = _pipelines.Select(create => create()).ToList();
        foreach (var (name, configure) in _pipelineChanges)
        {
            var pipeline = pipelines.FirstOrDefault(p => p.Name == name)
                ?? throw new InvalidOperationException($"ConfigurePipeline: the site has no pipeline named '{name}'.");
            configure(pipeline);
        }

        return pipelines;
    }

    /// <summary>The built-in readers and this site's own, for one build.</summary>
    internal CaptureReaderRegistry CreateReaders()
    {
        var registry = CaptureReaderRegistry.CreateDefault();
        foreach (var (extension, reader) in _readers)
        {
            registry.Register(extension, reader);
        }

        return registry;
    }

    internal TemplateFunctions CreateTemplateFunctions()
    {
        var functions = new TemplateFunctions();
        foreach (var configure in _templateChanges)
        {
            configure(functions);
        }

        return functions;
    }

    internal void AddServicesTo(ServiceSet services)
    {
        foreach (var service in _services)
        {
            services.Add(service);
        }
    }
}
