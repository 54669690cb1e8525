using System.Globalization;

namespace Archive.Core.Synthetic;

/// <summary>The article behind one synthetic capture, before it is dressed as a text dump, an HTML page or a note.</summary>
internal sealed record SyntheticStory
{
    public required int Index { get; init; }

    public required SyntheticSource Source { get; init; }

    public required string Title { get; init; }

    public required string Standfirst { get; init; }

    public required string Reporter { get; init; }

    public required string ReporterRole { get; init; }

    /// <summary>Publication time, in the publisher's local time (no zone is implied).</summary>
    public required DateTime Published { get; init; }

    public required DateOnly Captured { get; init; }

    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>A subheading placed before the paragraph at <see cref="SubheadingAt"/>, or null.</summary>
    public string? Subheading { get; init; }

    public int SubheadingAt { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>Headlines of other stories, for promo rails and asides.</summary>
    public required IReadOnlyList<string> Promoted { get; init; }

    public required string Slug { get; init; }

    public string Url => string.Create(CultureInfo.InvariantCulture, $"https://{Source.Host}/news/{Published:yyyy'/'MM'/'dd}/{Slug}");
}
