namespace Archive.Core.Normalization;

/// <summary>
/// Per-source rules from site.yml for what the heuristics miss. A rule applies when <see cref="Match"/>
/// is a substring of the capture's URL host, its source name or its path. Line patterns are regular
/// expressions over a text capture's lines; selectors are CSS selectors over a saved HTML page.
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
