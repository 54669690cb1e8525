using Archive.Core.Normalization;

namespace Archive.Core.Inputs;

/// <summary>One <c>sources:</c> entry of site.yml.</summary>
public sealed class SourceRuleSettings
{
    public string Match { get; set; } = "";

    /// <summary>Publisher name for captures this rule matches, used when the capture itself names none; a sidecar's <c>source</c> still overrides it.</summary>
    public string? Name { get; set; }

    public List<string> DropLines { get; set; } = [];

    public List<string> KeepLines { get; set; } = [];

    public List<string> DropSelectors { get; set; } = [];

    public List<string> KeepSelectors { get; set; } = [];

    /// <summary>The rules as readers apply them, line patterns compiled.</summary>
    public SourceRules ToRules() => new(Match, DropLines, KeepLines, DropSelectors, KeepSelectors);
}
