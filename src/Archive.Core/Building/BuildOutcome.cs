using Archive.Core.Engine;
using Archive.Core.Diagnostics;
using Archive.Core.Modules;

namespace Archive.Core.Building;

/// <summary>
/// How a build ended. Exit codes: 0 built cleanly; 1 built, with problems in some inputs; 2 a configuration
/// or template error, nothing written and the previous site left in place.
/// </summary>
public sealed record BuildOutcome(
    int ExitCode,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<BuildReport.Entry> Report,
    int Inputs,
    int FilesWritten,
    int FilesUnchanged,
    TimeSpan Elapsed)
{
    public IReadOnlyList<Engine.ModuleTiming> Timings { get; init; } = [];

    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
}
