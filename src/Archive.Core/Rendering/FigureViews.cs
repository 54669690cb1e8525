using Archive.Core.Images;
using Archive.Core.Model;
using Archive.Core.Rendering.Views;

namespace Archive.Core.Rendering;

/// <summary>The view of a figure: its files under <c>/images/</c> at each width, or its caption and link when it was not kept.</summary>
public static class FigureViews
{
    /// <summary>The column is at most 38rem wide (the theme's --measure): about 608 CSS pixels, full width below that.</summary>
    public const string Sizes = "(min-width: 40rem) 38rem, 100vw";

    /// <summary>The width the plain <c>src</c> names, for browsers without srcset: the step nearest a column at 1.5x.</summary>
    private const int DefaultWidth = 960;

    /// <summary>The view of <paramref name="figure"/>; null when there is nothing to show (no image kept, nothing said about it).</summary>
    public static FigureView? For(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var original = Html.SafeExternalUrl(figure.OriginalUrl);
        if (figure.Image is not { } image)
        {
            var text = figure.Caption ?? (string.IsNullOrWhiteSpace(figure.Alt) ? null : figure.Alt);
            return text is null ? null : new FigureView(null, null, null, null, Sizes, 0, 0, figure.Alt, text, original);
        }

        var widths = ImageWidths.For(image.Width);
        string Url(int width, string format) => "/" + Modules.EmitImages.Folder + ImageWidths.FileName(image.Hash, width, format);
        string Srcset(string format) => string.Join(", ", widths.Select(w => $"{Url(w, format)} {w}w"));
        var src = widths.LastOrDefault(w => w <= DefaultWidth, widths[0]);
        return new FigureView(
            Url(src, image.Format),
            Srcset(image.Format),
            Srcset("webp"),
            image.Format == "png" ? "image/png" : "image/jpeg",
            Sizes,
            image.Width,
            image.Height,
            figure.Alt ?? "",
            figure.Caption,
            original);
    }

    /// <summary>The URL of the image's widest file in its fallback format (for og:image), site-relative.</summary>
    public static string? ShareUrl(Figure? figure) =>
        figure?.Image is { } image ? "/" + Modules.EmitImages.Folder + ImageWidths.FileName(image.Hash, ImageWidths.For(image.Width)[^1], image.Format) : null;
}
