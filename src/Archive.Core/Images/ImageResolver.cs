using Archive.Core.Diagnostics;
using Archive.Core.Model;
using Archive.Core.Normalization;
using Archive.Core.Normalization.Html;

namespace Archive.Core.Images;

/// <summary>
/// Finds the bytes of each figure of an article in what its capture holds — the capture's resources (MHTML parts, the
/// images of <c>data:</c> URIs), the images of the WARC it came from, or a file of the saved page's folder beside it
/// (<c>page_files/photo.jpg</c>) — and stores them (<see cref="ImageStore"/>). A figure found nowhere keeps no image:
/// the page shows its caption with a link to the original, never the live image.
/// </summary>
public sealed class ImageResolver(ImageStore store, string inputFolder)
{
    /// <summary>
    /// Images narrower or lower than this, once decoded, are never an article's figure: lazy-loading placeholders,
    /// spacers, tracking pixels, rules and icons. The same bound the HTML reader applies to a declared width or height
    /// (<see cref="Normalization.Html.FigureReader.MinDeclaredSize"/>): a page that declares no size is held to it too.
    /// </summary>
    internal const int MinSide = Normalization.Html.FigureReader.MinDeclaredSize;

    private readonly LocalImageFiles _files = new(inputFolder);

    public ImageStore Store => store;

    /// <summary>
    /// The article with every figure it can find resolved. <paramref name="pageUrl"/> is where the page was captured
    /// (relative references resolve against it); <paramref name="localFolder"/> is true for a file in the input folder,
    /// whose relative references may name files beside it. <paramref name="kept"/> gives the hash of an image a container
    /// held by its URL.
    /// </summary>
    public Article Resolve(Article article, IReadOnlyList<CaptureResource> resources, string? pageUrl, bool localFolder, Func<string, string?>? kept, Action<Diagnostic> report)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(report);
        if (article.Lead is null && !article.Body.Any(b => b.Figure is not null))
        {
            return article;
        }

        Figure Resolve(Figure figure)
        {
            var original = figure.OriginalUrl ?? WebAddress.Resolve(figure.Source, pageUrl);
            figure = figure with { OriginalUrl = original };
            if (figure.Image is not null)
            {
                return figure;
            }

            (StoredImage? Image, string? Problem) stored = (null, null);
            if (Find(resources, figure.Source, original) is { } resource)
            {
                stored = store.Store(resource.Bytes.ToArray());
            }
            else if (original is not null && kept?.Invoke(original) is { } hash)
            {
                stored = store.Encode(hash);
            }
            else if (localFolder && _files.Find(article.SourcePath, figure.Source) is { } path)
            {
                stored = store.Store(File.ReadAllBytes(path));
            }

            if (stored.Image is { } image && (image.Width < MinSide || image.Height < MinSide))
            {
                // A lazy-loading placeholder (a 1x1 GIF standing in until a script loads the real image), a spacer or
                // a tracking pixel: the capture does not hold the figure's image, so it is shown as one not held.
                stored = (null, null);
            }

            if (stored.Problem is { } problem)
            {
                report(Diagnostic.Warning("ARC079", $"The image {Describe(figure, original)} cannot be kept: {problem}; the page links to the original instead.", article.SourcePath));
            }

            return figure with { Image = stored.Image };
        }

        var body = article.Body.Select(b => b.Figure is { } figure ? b with { Figure = Resolve(figure) } : b).ToList();
        return article with { Body = body, Lead = article.Lead is { } lead ? Resolve(lead) : null };
    }

    private static string Describe(Figure figure, string? original) =>
        original ?? (figure.Source.StartsWith("data:", StringComparison.Ordinal) ? "inlined in the page" : figure.Source);

    private static CaptureResource? Find(IReadOnlyList<CaptureResource> resources, string source, string? original)
    {
        foreach (var resource in resources)
        {
            if (resource.Url == source || (original is not null && resource.Url == original))
            {
                return resource;
            }
        }

        return null;
    }
}
