namespace Archive.Core.Model;

/// <summary>
/// One capture of a story, as its article page lists it: where it came from, when and in what format it was saved,
/// and the title and date it carries (the anchor capture's make the story's permalink).
/// </summary>
public sealed record CaptureRef(
    string SourcePath,
    CaptureFormat Format,
    DateOnly? Captured,
    string? OriginalUrl,
    string Title,
    DateOnly? Published)
{
    /// <summary>The capture this one repeats byte for byte in its body, when it is an exact duplicate.</summary>
    public string? DuplicateOf { get; init; }

    public static CaptureRef Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new CaptureRef(article.SourcePath, article.Format, article.Captured, article.CanonicalUrl, article.Title, article.Published);
    }
}
