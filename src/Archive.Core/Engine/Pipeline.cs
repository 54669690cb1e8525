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
