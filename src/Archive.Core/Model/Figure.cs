namespace Archive.Core.Model;

/// <summary>
/// An image of an article, in its place in the body (a <see cref="BlockKind.Figure"/> block) or as its lead image:
/// where the capture referred to it, what it shows, and the stored image once its bytes were found in the capture.
/// </summary>
/// <param name="Source">The reference as the capture wrote it (a URL, a relative path into a saved page's folder), or
/// the key of the bytes a <c>data:</c> URI held.</param>
/// <param name="Alt">The alt text; empty for an image the page marked as decoration, null when it said nothing.</param>
/// <param name="Caption">The caption (<c>figcaption</c>), null when there is none.</param>
public sealed record Figure(string Source, string? Alt, string? Caption)
{
    /// <summary>The image's address on the live web (http or https), for the link to the original; null when unknown.</summary>
    public string? OriginalUrl { get; init; }

    /// <summary>The image kept in the archive; null when the capture did not hold its bytes (it is never hot-linked).</summary>
    public StoredImage? Image { get; init; }
}
