namespace Archive.Core.Engine;

/// <summary>One module's run: where it ran, how long it took, how many documents it returned.</summary>
public sealed record ModuleTiming(string Pipeline, Phase Phase, string Module, TimeSpan Elapsed, int Documents)
{
    /// <summary>CPU time the whole process used while the module ran (modules that overlap in time share it).</summary>
    public TimeSpan ProcessCpu { get; init; }

    /// <summary>Bytes the whole process allocated while the module ran (shared the same way).</summary>
    public long ProcessAllocated { get; init; }

    /// <summary>When the module started, from the start of the run: modules of independent pipelines may overlap.</summary>
    public TimeSpan Started { get; init; }
}
