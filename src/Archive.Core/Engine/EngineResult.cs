using Archive.Core.Diagnostics;

namespace Archive.Core.Engine;

/// <summary>What a run produced: the final documents of every pipeline and every diagnostic, in a stable order.</summary>
public sealed record EngineResult(
    IReadOnlyDictionary<string, IReadOnlyList<Document>> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
