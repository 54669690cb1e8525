using System.IO.Compression;
using Archive.Core.Diagnostics;
using Archive.Core.Normalization.Containers;

namespace Archive.Core.Normalization.Warc;

/// <summary>
/// A WARC file (<c>.warc</c>, or <c>.warc.gz</c> compressed record by record), read as a stream: each HTML page the
/// crawler received with status 200 is an entry, with WARC-Target-URI as its URL and WARC-Date as its capture day.
/// Images received with status 200 are entries too (<see cref="ContainerEntry.ImageType"/>), for the pages that show
/// them. Redirects, errors, scripts, requests and metadata records are not articles and are skipped unread.
/// </summary>
public sealed class WarcContainer : ICaptureContainer
{
    public IEnumerable<ContainerEntry> Entries(Stream stream, string path, Action<Diagnostic> report)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        return Entries(stream, path, report, stream.CanSeek ? stream.Length : -1);
    }

    /// <summary>The entries of a WARC stream; <paramref name="compressedLength"/> bounds what a compressed one may expand to (-1: unknown).</summary>
    internal static IEnumerable<ContainerEntry> Entries(Stream stream, string path, Action<Diagnostic> report, long compressedLength)
    {
        var content = IsGzip(stream)
            ? new ExpansionGuardStream(new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true), ExpansionGuardStream.LimitFor(Math.Max(0, compressedLength)))
            : stream;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var records = new WarcRecordReader(content, path, report).Records(IsHtmlResponseCandidate).GetEnumerator();
            while (Next(records, path, report) is { } record)
            {
                if (ToEntry(record, path, keys, report) is { } entry)
                {
                    yield return entry;
                }
            }
        }
        finally
        {
            // Also when the caller stops early: the gzip decoder holds native memory.
            if (!ReferenceEquals(content, stream))
            {
                content.Dispose();
            }
        }
    }

    /// <summary>The next record, or null at the end or where the data cannot be read on (reported; the pages before are kept).</summary>
    private static WarcRecord? Next(IEnumerator<WarcRecord> records, string path, Action<Diagnostic> report)
    {
        try
        {
            return records.MoveNext() ? records.Current : null;
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            report(Diagnostic.Warning("ARC076", $"The container could not be read past this point: {exception.Message}; the pages before it are kept.", path));
            return null;
        }
    }

    /// <summary>Whether the stream starts with gzip's magic bytes; the stream is left where it was.</summary>
    private static bool IsGzip(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }

        var start = stream.Position;
        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    private static bool IsHtmlResponseCandidate(WarcRecord record) => record.Type switch
    {
        "response" => record.ContentType?.Contains("application/http", StringComparison.OrdinalIgnoreCase) == true,
        "resource" => IsHtml(record.ContentType) || IsImage(record.ContentType),
        _ => false,
    };

    private static bool IsHtml(string? contentType) =>
        contentType?.Split(';')[0].Trim().ToLowerInvariant() is "text/html" or "application/xhtml+xml";

    private static bool IsImage(string? contentType) =>
        contentType?.Split(';')[0].Trim().StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true;

    private static ContainerEntry Image(string url, string contentType, byte[] body, DateOnly? date) =>
        new(url, "", body, url, date) { ImageType = contentType.Split(';')[0].Trim().ToLowerInvariant() };

    private static ContainerEntry? ToEntry(WarcRecord record, string path, HashSet<string> keys, Action<Diagnostic> report)
    {
        if (!IsHtmlResponseCandidate(record))
        {
            return null;
        }

        var url = record.TargetUri;
        if (record.Block is null)
        {
            // A video or a download is not read, and its size is no news: only a page or an image too large to read is.
            if (record.Type == "response" && record.Head is not null && HttpResponse.ParseHead(record.Head) is { } head
                && (head.Status != 200 || !(IsHtml(head.ContentType) || IsImage(head.ContentType))))
            {
                return null;
            }

            report(Diagnostic.Warning("ARC075", $"The record of {url ?? "a page"} at byte {record.Offset:N0} is {record.Length / (1024 * 1024):N0} MB, over the {WarcRecordReader.MaxBlockBytes / (1024 * 1024)} MB read per page; skipped.", path));
            return null;
        }

        byte[] body;
        string? charset = null;
        if (record.Type == "resource")
        {
            if (IsImage(record.ContentType))
            {
                return url is null ? null : Image(url, record.ContentType!, record.Block, record.Date);
            }

            body = record.Block;
        }
        else
        {
            var response = HttpResponse.Parse(record.Block, WarcRecordReader.MaxBlockBytes);
            if (response is null)
            {
                report(Diagnostic.Warning("ARC074", $"Damaged WARC record at byte {record.Offset:N0}: the HTTP response of {url ?? "a page"} cannot be decoded; skipped.", path));
                return null;
            }

            if (response.Status == 200 && IsImage(response.ContentType) && url is not null)
            {
                return Image(url, response.ContentType!, response.Body, record.Date);
            }

            // Redirects, errors and everything that is not a page are not articles.
            if (response.Status != 200 || !IsHtml(response.ContentType))
            {
                return null;
            }

            body = response.Body;
            charset = response.Charset;
        }

        var key = url ?? $"record-{record.Offset}";
        for (var n = 2; !keys.Add(key); n++)
        {
            key = $"{url}~{n}";
        }

        return new ContainerEntry(key, ".html", body, url, record.Date) { Charset = charset };
    }
}
