using System.Security.Cryptography;
using Archive.Core.Model;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// The images a page holds in itself (<c>data:</c> URIs, as SingleFile saves them): their bytes become the capture's
/// resources under a short key, so the article does not carry megabytes of base64 through the build and its cache.
/// Also resolves each figure's live address against the page's <c>&lt;base href&gt;</c>.
/// </summary>
internal static class InlineImages
{
    /// <summary>The key prefix of an image a data: URI held: <c>data:sha256,</c> and the start of the bytes' hash.</summary>
    public const string KeyPrefix = "data:sha256,";

    public static (Article Article, IReadOnlyList<CaptureResource> Resources) Extract(Article article, string? baseUrl)
    {
        var resources = new List<CaptureResource>();
        Figure Map(Figure figure)
        {
            if (!figure.Source.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                return figure with { OriginalUrl = figure.OriginalUrl ?? WebAddress.Resolve(figure.Source, baseUrl) };
            }

            if (DataUri.TryDecode(figure.Source, out var mediaType, out var bytes))
            {
                var key = KeyPrefix + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
                resources.Add(new CaptureResource(key, mediaType, bytes));
                return figure with { Source = key };
            }

            return figure with { Source = "data:" };
        }

        var body = article.Body.Select(b => b.Figure is { } figure ? b with { Figure = Map(figure) } : b).ToList();
        var lead = article.Lead is { } image ? Map(image) : null;
        return (article with { Body = body, Lead = lead }, resources);
    }
}
