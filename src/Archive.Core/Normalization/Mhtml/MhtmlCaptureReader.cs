using Archive.Core.Diagnostics;
using Archive.Core.Model;

namespace Archive.Core.Normalization.Mhtml;

/// <summary>
/// Reads an MHTML file (<c>.mhtml</c>, <c>.mht</c>: Chrome's "save as single file", <c>Page.captureSnapshot</c>): a
/// MIME <c>multipart/related</c> document whose first HTML part is the page and whose other parts are the images and
/// style sheets it refers to by URL. The page goes to the HTML reader; the other parts are kept as the result's
/// <see cref="CaptureResult.Resources"/>. The snapshot's location is the URL when the page names no canonical one,
/// and its Date header the capture day.
/// </summary>
public sealed class MhtmlCaptureReader(ICaptureReader html) : ICaptureReader
{
    public CaptureResult Read(CaptureInput input, SourceRules rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (headers, parts) = MimeMultipart.Parse(input.Bytes.Span);
        var location = headers.GetValueOrDefault("Snapshot-Content-Location") ?? headers.GetValueOrDefault("Content-Location");
        var page = parts.FirstOrDefault(p => p.MediaType is "text/html" or "application/xhtml+xml" && (location is null || p.Location == location))
            ?? parts.FirstOrDefault(p => p.MediaType is "text/html" or "application/xhtml+xml");
        if (page is null)
        {
            var empty = new Article { SourcePath = input.Path, Format = CaptureFormat.Html };
            return new CaptureResult(empty, [], [Diagnostic.Warning("ARC078", "The MHTML file holds no HTML page.", input.Path)]);
        }

        var result = html.Read(CaptureInput.FromBytes(input.Path, page.Body, page.Parameter("charset")), rules);
        var article = result.Article with
        {
            CanonicalUrl = result.Article.CanonicalUrl ?? page.Location ?? location,
            Captured = result.Article.Captured ?? CapturedDay(headers.GetValueOrDefault("Date")),
        };
        var resources = parts
            .Where(p => !ReferenceEquals(p, page) && p.Location is { Length: > 0 })
            .Select(p => new CaptureResource(p.Location!, p.MediaType, p.Body))
            .ToList();
        return result with { Article = article, Resources = [.. result.Resources, .. resources] };
    }

    private static DateOnly? CapturedDay(string? date) =>
        DateTimeOffset.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? DateOnly.FromDateTime(parsed.UtcDateTime)
            : null;
}
