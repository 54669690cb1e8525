namespace Archive.Core.Rendering.Views;

/// <summary>
/// An image of an article as its page shows it (the theme's <c>figure</c> partial). When the archive keeps the image,
/// <see cref="Src"/> and the srcsets name its files; when it does not (<see cref="Kept"/> false), the page shows the
/// caption, or the alt text, with a link to the original and no image: nothing is loaded from the live web.
/// </summary>
public sealed record FigureView(
    string? Src,
    string? Srcset,
    string? WebpSrcset,
    string? FallbackType,
    string Sizes,
    int Width,
    int Height,
    string? Alt,
    string? Caption,
    string? OriginalUrl)
{
    public bool Kept => Src is not null;
}

/// <summary>Part of an article body: text blocks as HTML the generator wrote, then at most one figure.</summary>
public sealed record BodySectionView(RawHtml Html, FigureView? Figure);
