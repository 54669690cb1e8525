namespace Archive.Core.Diagnostics;

/// <summary>
/// A problem in user content (a capture, a sidecar, a template, site.yml), reported as data.
/// Prints as <c>input/foo.html(12,5): error ARC012: message</c> so editors can jump to it.
/// </summary>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    string? File = null,
    int Line = 0,
    int Column = 0)
{
    public static Diagnostic Error(string code, string message, string? file = null, int line = 0, int column = 0) =>
        new(DiagnosticSeverity.Error, code, message, file, line, column);

    public static Diagnostic Warning(string code, string message, string? file = null, int line = 0, int column = 0) =>
        new(DiagnosticSeverity.Warning, code, message, file, line, column);

    public static Diagnostic Info(string code, string message, string? file = null, int line = 0, int column = 0) =>
        new(DiagnosticSeverity.Info, code, message, file, line, column);

    public override string ToString()
    {
        var location = File is null ? "" : Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)}): " : $"{File}: ";
        return $"{location}{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}
