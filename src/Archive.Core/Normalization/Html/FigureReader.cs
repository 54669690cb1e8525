using AngleSharp.Dom;
using Archive.Core.Model;
using Archive.Core.Text;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Reads the image of an article's <c>figure</c>, <c>picture</c> or <c>img</c>: its reference (lazy-loading
/// attributes first, since a page saved before the image scrolled into view holds a placeholder in <c>src</c>), its alt
/// text and its caption. Icons and tracking pixels (declared 48 pixels or less across) are not figures.
/// </summary>
internal static class FigureReader
{
    /// <summary>Images smaller than this across or down, declared or decoded (<c>Images.ImageResolver</c>), are icons, spacers or tracking pixels.</summary>
    internal const int MinDeclaredSize = 49;

    private static readonly string[] LazySources = ["data-src", "data-lazy-src", "data-original", "data-srcset"];

    /// <summary>The figure of <paramref name="element"/> (a figure, picture or img), or null when it holds no image worth showing.</summary>
    public static Figure? Read(IElement element, string? caption)
    {
        var image = element.LocalName == "img" ? element : element.QuerySelector("img");
        if (image is null || IsTiny(image))
        {
            return null;
        }

        var source = SourceOf(image);
        if (source is null)
        {
            return null;
        }

        var alt = image.GetAttribute("alt") is { } text ? Whitespace.CollapseVisible(text) : null;
        return new Figure(source, alt, caption);
    }

    private static string? SourceOf(IElement image)
    {
        var src = Clean(image.GetAttribute("src"));
        // A placeholder: a tiny inline GIF or SVG the page's script would have replaced.
        var placeholder = src is null || (src.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && src.Length < 400);
        if (placeholder)
        {
            foreach (var name in LazySources)
            {
                if (Clean(image.GetAttribute(name)) is { } lazy)
                {
                    return name.EndsWith("srcset", StringComparison.Ordinal) ? FirstCandidate(lazy) : lazy;
                }
            }

            if (Clean(image.GetAttribute("srcset")) is { } srcset && FirstCandidate(srcset) is { } candidate)
            {
                return candidate;
            }
        }

        return src;
    }

    private static string? FirstCandidate(string srcset)
    {
        var first = srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return first?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsTiny(IElement image) =>
        (int.TryParse(image.GetAttribute("width"), out var width) && width < MinDeclaredSize) ||
        (int.TryParse(image.GetAttribute("height"), out var height) && height < MinDeclaredSize);
}
