namespace Archive.Core.Engine;

/// <summary>
/// A named sequence of modules per phase, with the names of the pipelines whose Process it waits for.
/// Subclasses fill the lists in their constructor, as in Statiq: <c>Dependencies.Add(nameof(Captures))</c>.
/// </summary>
public abstract class Pipeline
{
    protected Pipeline() => Name = GetType().Name;

    public string Name { get; init; }

    public List<string> Dependencies { get; } = [];

    /// <summary>
    /// True when this pipeline's Process documents are read only by the pipelines that depend on it, each once, in
    /// their Process: the engine hands them over and keeps none, so they can be collected as soon as the last of
    /// those pipelines has read them and let go (a large archive's captures, before analysis, are a few hundred MB
    /// that no later step reads). Its own PostProcess and Output start from no documents, and once every dependent has
    /// read them, any later read (a PostProcess or Output module's) finds none.
    /// </summary>
    public bool HandsOver { get; init; }

    public List<IModule> InputModules { get; } = [];

    public List<IModule> ProcessModules { get; } = [];

    public List<IModule> PostProcessModules { get; } = [];

    public List<IModule> OutputModules { get; } = [];

    internal IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => InputModules,
        Phase.Process => ProcessModules,
        Phase.PostProcess => PostProcessModules,
        _ => OutputModules,
    };

    public override string ToString() => Name;
}
