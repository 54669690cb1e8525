using System.Collections.Concurrent;

namespace Archive.Core.Diagnostics;

/// <summary>Thread-safe collector of diagnostics; <see cref="ToSortedList"/> gives a deterministic order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Enqueue(diagnostic);
        }
    }

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items.OrderBy(d => d.File ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
