namespace Archive.Core.Normalization;

/// <summary>
/// Per-source rules from site.yml for what the heuristics miss. <see cref="CaptureNormaliser"/> applies the
/// first rule, in site.yml order, whose non-empty <see cref="Match"/> occurs (ignoring case) in the capture's
/// path, its sidecar's <c>url</c> or <c>source</c>, or the first 4,096 characters of its text.
/// Line patterns are .NET regular expressions, case-sensitive and unanchored, over a text capture's
/// non-blank, trimmed lines; selectors are CSS selectors over a saved HTML page. The Markdown reader
/// applies neither.
/// </summary>
public sealed record SourceRules
{
    public string Match { get; init; } = "";

    public IReadOnlyList<string> DropLines { get; init; } = [];

    public IReadOnlyList<string> KeepLines { get; init; } = [];

    public IReadOnlyList<string> DropSelectors { get; init; } = [];

    public IReadOnlyList<string> KeepSelectors { get; init; } = [];

    public static SourceRules None { get; } = new();
}
