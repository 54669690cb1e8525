namespace Archive.Core.Inputs;

/// <summary>
/// Metadata that overrides what extraction found, from <c>capture.txt.yml</c> beside a capture or from a
/// Markdown note's front matter. Dates are strings here and parsed by <see cref="DateValue"/>.
/// </summary>
public sealed class Sidecar
{
    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Published { get; set; }

    public string? Captured { get; set; }

    public string? Source { get; set; }

    public string? Byline { get; set; }

    public string? Standfirst { get; set; }

    public List<string>? Tags { get; set; }

    /// <summary>Old URLs of the article, redirected to its permalink.</summary>
    public List<string>? Aliases { get; set; }
}
