namespace Archive.Core.Normalization.Html;

/// <summary>The fields of a JSON-LD NewsArticle / Article the reader uses.</summary>
internal sealed record JsonLdArticle
{
    public string? Headline { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Publisher { get; init; }

    public string? Url { get; init; }

    public string? Section { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public string? ArticleBody { get; init; }
}
