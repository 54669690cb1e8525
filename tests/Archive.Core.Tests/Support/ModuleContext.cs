using Archive.Core.Building;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Modules;
using Archive.Core.Normalization;
using Archive.Core.Rendering;

namespace Archive.Core.Tests.Support;

/// <summary>
/// Runs one module on its own: the build context it reads, the outputs of the pipelines it looks at, and the
/// diagnostics it reports, without an engine or a whole site.
/// </summary>
internal sealed class ModuleContext(BuildContext build, Phase phase = Phase.Process) : IExecutionContext
{
    private readonly Dictionary<string, IReadOnlyList<Document>> _outputs = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics = [];

    public BuildContext Build => build;

    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            lock (_diagnostics)
            {
                return [.. _diagnostics];
            }
        }
    }

    public string PipelineName => "Test";

    public IReadOnlyList<string> PipelineNames => [.. _outputs.Keys, PipelineName];

    public Phase Phase => phase;

    public Parallelism Parallelism { get; init; } = new(2);

    /// <summary>A context over input/, theme/ and site.yml under <paramref name="folder"/> (the repository's theme when it has none).</summary>
    public static ModuleContext For(TempFolder folder, Phase phase = Phase.Process)
    {
        var theme = Directory.Exists(folder.Combine("theme")) ? folder.Combine("theme") : Repository.PathOf("theme");
        var diagnostics = new List<Diagnostic>();
        var paths = new BuildPaths(folder.Combine("input"), folder.Combine("out"), theme, folder.Combine("site.yml"));
        var loaded = Theme.Load(theme, _ => "/asset", diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
        var settings = SiteBuilder.LoadSettings(paths.SiteFile, diagnostics);
        var readers = CaptureReaderRegistry.CreateDefault();
        var build = new BuildContext { Paths = paths, Settings = settings, Theme = loaded, Readers = readers, Processor = new CaptureProcessor(settings, readers) };
        return new ModuleContext(build, phase);
    }

    /// <summary>What <paramref name="pipeline"/> produced, as the module will see it.</summary>
    public ModuleContext WithOutputs(string pipeline, IReadOnlyList<Document> documents)
    {
        _outputs[pipeline] = documents;
        return this;
    }

    public Task<IReadOnlyList<Document>> Run(IModule module, IReadOnlyList<Document>? inputs = null) =>
        module.ExecuteAsync(inputs ?? [], this, CancellationToken.None);

    public IReadOnlyList<Document> OutputsOf(string pipelineName) => _outputs.TryGetValue(pipelineName, out var documents) ? documents : [];

    public void Report(Diagnostic diagnostic)
    {
        lock (_diagnostics)
        {
            _diagnostics.Add(diagnostic);
        }
    }

    public T GetService<T>()
        where T : class =>
        TryGetService<T>() ?? throw new InvalidOperationException($"No service of type {typeof(T).Name} in a module test.");

    public T? TryGetService<T>()
        where T : class =>
        build as T ?? (typeof(T) == typeof(BuildReport) ? build.Report as T : _services.GetValueOrDefault(typeof(T)) as T);

    /// <summary>Adds a service of the build beside the <see cref="BuildContext"/> and its report (as <c>SiteBuilder</c> registers them).</summary>
    public ModuleContext WithService<T>(T service)
        where T : class
    {
        _services[typeof(T)] = service;
        return this;
    }

    private readonly Dictionary<Type, object> _services = [];
}
