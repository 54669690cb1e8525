using Archive.Core.Diagnostics;

namespace Archive.Core.Engine;

/// <summary>What a run produced: the final documents of every pipeline and every diagnostic, in a stable order.</summary>
public sealed record EngineResult(
    IReadOnlyDictionary<string, IReadOnlyList<Document>> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>How long each module took, for <c>build --timings</c>.</summary>
    public IReadOnlyList<ModuleTiming> Timings { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
