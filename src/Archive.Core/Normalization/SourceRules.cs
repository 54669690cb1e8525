using Archive.Core.Normalization.Text;

namespace Archive.Core.Normalization;

/// <summary>
/// Per-source rules from site.yml for what the heuristics miss, with the line patterns compiled once, when the
/// rules are made (<see cref="LineRules.TryCompile"/>): a <see cref="CaptureProcessor"/> makes one instance per
/// site.yml rule and hands it to every capture the rule matches. The processor applies the first rule, in
/// site.yml order, whose non-empty <see cref="Match"/> occurs (ignoring case) in the capture's path, its
/// sidecar's <c>url</c> or <c>source</c>, or the first 4,096 characters of its text.
/// Line patterns are .NET regular expressions, case-sensitive and unanchored, over a text capture's
/// non-blank, trimmed lines; selectors are CSS selectors over a saved HTML page. The Markdown reader
/// applies neither.
/// </summary>
public sealed class SourceRules
{
    public SourceRules(
        string match = "",
        IReadOnlyList<string>? dropLines = null,
        IReadOnlyList<string>? keepLines = null,
        IReadOnlyList<string>? dropSelectors = null,
        IReadOnlyList<string>? keepSelectors = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        Match = match;
        DropLines = [.. dropLines ?? []];
        KeepLines = [.. keepLines ?? []];
        DropSelectors = [.. dropSelectors ?? []];
        KeepSelectors = [.. keepSelectors ?? []];
        Lines = LineRules.Compile(DropLines, KeepLines);
    }

    public static SourceRules None { get; } = new();

    public string Match { get; }

    public IReadOnlyList<string> DropLines { get; }

    public IReadOnlyList<string> KeepLines { get; }

    public IReadOnlyList<string> DropSelectors { get; }

    public IReadOnlyList<string> KeepSelectors { get; }

    /// <summary><see cref="DropLines"/> and <see cref="KeepLines"/> compiled; patterns that do not compile are listed in its errors.</summary>
    public LineRules Lines { get; }
}
