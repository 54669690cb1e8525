using System.IO.Compression;
using System.Text;

namespace Archive.Core.Tests.Support;

/// <summary>Writes small WARC files for tests, record by record; compressed, each record is its own gzip member, as crawlers write them.</summary>
internal sealed class WarcWriter
{
    private readonly List<byte[]> _records = [];

    public WarcWriter Response(string url, int status, string contentType, string body, string date = "2019-11-20T10:15:00Z", string? extraHeaders = null) =>
        Response(url, status, contentType, Encoding.UTF8.GetBytes(body), date, extraHeaders);

    public WarcWriter Response(string url, int status, string contentType, byte[] body, string date = "2019-11-20T10:15:00Z", string? extraHeaders = null)
    {
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {(status == 200 ? "OK" : "Moved")}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n{extraHeaders}\r\n");
        return Record("response", url, "application/http; msgtype=response", [.. http, .. body], date);
    }

    public WarcWriter Request(string url) =>
        Record("request", url, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET {new Uri(url).PathAndQuery} HTTP/1.1\r\nHost: {new Uri(url).Host}\r\n\r\n"), "2019-11-20T10:15:00Z");

    public WarcWriter Record(string type, string url, string contentType, byte[] block, string date, string? contentLength = null)
    {
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {url}\r\nWARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: {contentType}\r\nContent-Length: {contentLength ?? block.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)}\r\n\r\n";
        _records.Add([.. Encoding.UTF8.GetBytes(header), .. block, .. "\r\n\r\n"u8]);
        return this;
    }

    /// <summary>Bytes that are no WARC record at all (a damaged stretch of a file).</summary>
    public WarcWriter Garbage(string text)
    {
        _records.Add(Encoding.ASCII.GetBytes(text));
        return this;
    }

    public byte[] ToWarc() => [.. _records.SelectMany(r => r)];

    public byte[] ToWarcGz()
    {
        using var output = new MemoryStream();
        foreach (var record in _records)
        {
            using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(record);
        }

        return output.ToArray();
    }

    /// <summary>A WACZ: a zip with the WARC under archive/ and the index files a real one has.</summary>
    public byte[] ToWacz()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var warc = zip.CreateEntry("archive/data.warc.gz", CompressionLevel.NoCompression).Open())
            {
                warc.Write(ToWarcGz());
            }

            using var pages = zip.CreateEntry("pages/pages.jsonl").Open();
            pages.Write("{\"format\": \"json-pages-1.0\"}\n"u8);
        }

        return output.ToArray();
    }
}
