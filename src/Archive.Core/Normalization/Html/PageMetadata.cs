namespace Archive.Core.Normalization.Html;

/// <summary>What a page says about itself in its head, JSON-LD and byline markup, before the body is read.</summary>
internal sealed record PageMetadata
{
    public string Title { get; init; } = "";

    /// <summary>The page's own headline element (first h1), used to recognise the headline in the body.</summary>
    public string? Headline { get; init; }

    public string? Description { get; init; }

    public string? Byline { get; init; }

    public string? SourceName { get; init; }

    public string? CanonicalUrl { get; init; }

    public string? Section { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The page's own image (og:image, twitter:image) as written.</summary>
    public string? Image { get; init; }

    /// <summary>The JSON-LD <c>articleBody</c> when the page publishes one: a hint for the content scorer.</summary>
    public string? ArticleBody { get; init; }
}
