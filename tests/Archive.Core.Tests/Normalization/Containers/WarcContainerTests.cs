using System.IO.Compression;
using System.Text;
using Archive.Core.Diagnostics;
using Archive.Core.Inputs;
using Archive.Core.Normalization;
using Archive.Core.Normalization.Containers;
using Archive.Core.Normalization.Warc;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Normalization.Containers;

public sealed class WarcContainerTests
{
    private static WarcWriter Crawl() => new WarcWriter()
        .Request("https://courier.example/news/pool")
        .Response("https://courier.example/news/pool", 200, "text/html; charset=utf-8", ArticlePage.Html("Harwick pool to close", "the swimming pool"))
        .Response("https://courier.example/old-pool", 301, "text/html", "<a href=\"/news/pool\">moved</a>", extraHeaders: "Location: /news/pool\r\n")
        .Response("https://courier.example/img/pool.png", 200, "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        .Response("https://courier.example/missing", 404, "text/html", ArticlePage.Html("Not found", "a missing page"))
        .Response("https://courier.example/news/bridge", 200, "text/html", ArticlePage.Html("Harbour bridge reopens", "the harbour bridge"), date: "2019-11-21T23:59:59Z");

    /// <summary>The pages of the container (its images, entries too, are left out; see the image test).</summary>
    private static (List<ContainerEntry> Entries, List<Diagnostic> Diagnostics) Read(ICaptureContainer container, byte[] file, string path = "crawl.warc")
    {
        var diagnostics = new List<Diagnostic>();
        using var stream = new MemoryStream(file);
        return (container.Entries(stream, path, diagnostics.Add).Where(e => e.ImageType is null).ToList(), diagnostics);
    }

    [Fact]
    public void An_image_received_with_status_200_is_an_entry_marked_as_an_image_with_its_bytes()
    {
        var diagnostics = new List<Diagnostic>();
        using var stream = new MemoryStream(Crawl().ToWarc());

        var images = new WarcContainer().Entries(stream, "crawl.warc", diagnostics.Add).Where(e => e.ImageType is not null).ToList();

        var image = Assert.Single(images);
        Assert.Equal("https://courier.example/img/pool.png", image.Url);
        Assert.Equal("image/png", image.ImageType);
        Assert.Equal(0x89, image.Bytes[0]);
    }

    [Fact]
    public void Only_html_pages_received_with_status_200_are_entries_with_their_url_and_capture_day()
    {
        // Act
        var (entries, diagnostics) = Read(new WarcContainer(), Crawl().ToWarc());

        // Assert
        Assert.Equal(["https://courier.example/news/pool", "https://courier.example/news/bridge"], entries.Select(e => e.Key));
        Assert.Equal(["https://courier.example/news/pool", "https://courier.example/news/bridge"], entries.Select(e => e.Url));
        Assert.Equal([new DateOnly(2019, 11, 20), new DateOnly(2019, 11, 21)], entries.Select(e => e.Captured));
        Assert.Equal("utf-8", entries[0].Charset);
        Assert.StartsWith("<!DOCTYPE html>", Encoding.UTF8.GetString(entries[0].Bytes), StringComparison.Ordinal);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_compressed_warc_gives_the_same_entries_as_the_plain_one()
    {
        var (plain, _) = Read(new WarcContainer(), Crawl().ToWarc());
        var (compressed, diagnostics) = Read(new WarcContainer(), Crawl().ToWarcGz(), "crawl.warc.gz");

        Assert.Equal(plain.Select(e => (e.Key, Encoding.UTF8.GetString(e.Bytes))), compressed.Select(e => (e.Key, Encoding.UTF8.GetString(e.Bytes))));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_damaged_record_is_reported_and_the_records_after_it_are_still_read()
    {
        // Arrange: a record whose Content-Length is not a number, then a stretch of garbage, then a good page.
        var warc = new WarcWriter()
            .Record("response", "https://courier.example/broken", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\n\r\nx"u8.ToArray(), "2019-11-20T10:15:00Z", contentLength: "many")
            .Garbage("this is not a record\r\nnor is this\r\n")
            .Response("https://courier.example/news/bridge", 200, "text/html", ArticlePage.Html("Harbour bridge reopens", "the harbour bridge"))
            .ToWarc();

        // Act
        var (entries, diagnostics) = Read(new WarcContainer(), warc);

        // Assert
        Assert.Equal(["https://courier.example/news/bridge"], entries.Select(e => e.Key));
        Assert.Contains(diagnostics, d => d.Code == "ARC074" && d.Message.Contains("Content-Length", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_cut_short_keeps_the_pages_before_the_cut()
    {
        var warc = Crawl().ToWarc();

        var (entries, diagnostics) = Read(new WarcContainer(), warc[..(warc.Length - 200)]);

        Assert.Equal(["https://courier.example/news/pool"], entries.Select(e => e.Key));
        Assert.Contains(diagnostics, d => d.Code == "ARC074" && d.Message.Contains("ends inside", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chunked_gzip_encoded_response_is_decoded()
    {
        // Arrange: the body as a server sent it, gzip-compressed and in two chunks.
        var page = Encoding.UTF8.GetBytes(ArticlePage.Html("Harbour bridge reopens", "the harbour bridge"));
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(page);
        }

        var zipped = compressed.ToArray();
        var half = zipped.Length / 2;
        byte[] chunked = [.. Encoding.ASCII.GetBytes($"{half:x}\r\n"), .. zipped[..half], .. "\r\n"u8, .. Encoding.ASCII.GetBytes($"{zipped.Length - half:x}\r\n"), .. zipped[half..], .. "\r\n0\r\n\r\n"u8];
        var http = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n");
        var warc = new WarcWriter().Record("response", "https://courier.example/news/bridge", "application/http; msgtype=response", [.. http, .. chunked], "2019-11-20T10:15:00Z").ToWarc();

        // Act
        var (entries, _) = Read(new WarcContainer(), warc);

        // Assert
        Assert.Equal(page, Assert.Single(entries).Bytes);
    }

    [Fact]
    public void Media_over_the_decode_cap_is_skipped_without_a_warning()
    {
        var video = new string('v', WarcRecordReader.MaxBlockBytes + 1);
        var warc = new WarcWriter()
            .Response("https://courier.example/clip.mp4", 200, "video/mp4", video)
            .Response("https://courier.example/moved", 301, "text/html", new string(' ', WarcRecordReader.MaxBlockBytes + 1))
            .Response("https://courier.example/news/bridge", 200, "text/html", ArticlePage.Html("Harbour bridge reopens", "the harbour bridge"))
            .ToWarc();

        var (entries, diagnostics) = Read(new WarcContainer(), warc);

        Assert.Equal(["https://courier.example/news/bridge"], entries.Select(e => e.Key));
        Assert.DoesNotContain(diagnostics, d => d.Code == "ARC075");
    }

    [Fact]
    public void A_page_over_the_decode_cap_is_skipped_with_a_warning()
    {
        var big = ArticlePage.Html("Big", "a big page") + new string(' ', WarcRecordReader.MaxBlockBytes);
        var warc = new WarcWriter()
            .Response("https://courier.example/big", 200, "text/html", big)
            .Response("https://courier.example/news/bridge", 200, "text/html", ArticlePage.Html("Harbour bridge reopens", "the harbour bridge"))
            .ToWarc();

        var (entries, diagnostics) = Read(new WarcContainer(), warc);

        Assert.Equal(["https://courier.example/news/bridge"], entries.Select(e => e.Key));
        Assert.Contains(diagnostics, d => d.Code == "ARC075");
    }

    [Fact]
    public void Decompressed_data_past_the_guard_s_limit_is_refused()
    {
        using var guarded = new ExpansionGuardStream(new MemoryStream(new byte[1000]), limit: 100);

        Assert.Throws<InvalidDataException>(() => guarded.CopyTo(Stream.Null));
    }

    [Fact]
    public void A_decompression_bomb_stops_the_read_with_a_warning_and_keeps_the_pages_before_it()
    {
        // Arrange: a good page, then a member that expands past the guard's floor from a few kilobytes.
        var page = new WarcWriter().Response("https://courier.example/news/bridge", 200, "text/html", ArticlePage.Html("Harbour bridge reopens", "the harbour bridge")).ToWarcGz();
        using var file = new MemoryStream();
        file.Write(page);
        using (var gzip = new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i <= ExpansionGuardStream.MinLimit / zeros.Length; i++)
            {
                gzip.Write(zeros);
            }
        }

        // Act
        var (entries, diagnostics) = Read(new WarcContainer(), file.ToArray(), "bomb.warc.gz");

        // Assert
        Assert.Equal(["https://courier.example/news/bridge"], entries.Select(e => e.Key));
        Assert.Contains(diagnostics, d => d.Code == "ARC076");
    }

    [Fact]
    public void A_wacz_yields_the_pages_of_its_warcs_keyed_by_warc_and_url()
    {
        var (entries, diagnostics) = Read(new WaczContainer(), Crawl().ToWacz(), "crawl.wacz");

        Assert.Equal(["archive/data.warc.gz#https://courier.example/news/pool", "archive/data.warc.gz#https://courier.example/news/bridge"], entries.Select(e => e.Key));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_page_s_http_charset_decodes_it_when_the_page_declares_none()
    {
        // Arrange: "Café" in windows-1252, declared only by the HTTP header.
        var page = Encoding.Latin1.GetBytes(ArticlePage.Html("Café owners protest", "the café licences"));
        var warc = new WarcWriter().Response("https://courier.example/news/cafe", 200, "text/html; charset=windows-1252", page).ToWarc();
        var processor = new CaptureProcessor(new SiteSettings(), CaptureReaderRegistry.CreateDefault());

        // Act
        using var stream = new MemoryStream(warc);
        var result = Assert.Single(processor.ProcessContainer("crawl.warc", stream, _ => { }).ToList());

        // Assert
        Assert.Equal("Café owners protest", result.Article.Title);
        Assert.Equal("crawl.warc#https://courier.example/news/cafe", result.Article.SourcePath);
        Assert.Equal("https://courier.example/news/cafe", result.Article.CanonicalUrl);
        Assert.Equal(new DateOnly(2019, 11, 20), result.Article.Captured);
        Assert.Contains("café licences", result.Article.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_of_a_crawl_normalised_on_several_cores_come_out_as_on_one_in_the_crawl_s_order()
    {
        // 150 pages: more than two batches, so pages of different batches and of one batch are both compared.
        var writer = new WarcWriter();
        for (var i = 0; i < 150; i++)
        {
            writer.Response($"https://courier.example/news/{i}", 200, "text/html", ArticlePage.Html($"Story number {i} of the crawl", $"the {i} licences"));
        }

        var warc = writer.ToWarc();
        var processor = new CaptureProcessor(new SiteSettings(), CaptureReaderRegistry.CreateDefault());

        List<CaptureResult> Run(int parallelism)
        {
            using var stream = new MemoryStream(warc);
            return processor.ProcessContainer("crawl.warc", stream, _ => { }, parallelism: parallelism).ToList();
        }

        var serial = Run(1);
        var parallel = Run(4);

        Assert.Equal(Enumerable.Range(0, 150).Select(i => $"Story number {i} of the crawl"), parallel.Select(r => r.Article.Title));
        Assert.Equal(serial.Select(r => (r.Article.SourcePath, r.Article.BodyText, r.Diagnostics.Count)), parallel.Select(r => (r.Article.SourcePath, r.Article.BodyText, r.Diagnostics.Count)));
    }

    [Fact]
    public void A_container_without_pages_is_reported()
    {
        var warc = new WarcWriter().Request("https://courier.example/").ToWarc();
        var processor = new CaptureProcessor(new SiteSettings(), CaptureReaderRegistry.CreateDefault());
        var diagnostics = new List<Diagnostic>();

        using var stream = new MemoryStream(warc);
        var results = processor.ProcessContainer("crawl.warc", stream, diagnostics.Add).ToList();

        Assert.Empty(results);
        Assert.Equal("ARC077", Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("2019/crawl.warc", true)]
    [InlineData("2019/CRAWL.WARC.GZ", true)]
    [InlineData("2019/crawl.wacz", true)]
    [InlineData("2019/notes.gz", false)]
    [InlineData("2019/page.html", false)]
    public void Containers_are_found_by_their_compound_suffix(string path, bool isContainer)
    {
        var registry = CaptureReaderRegistry.CreateDefault();

        Assert.Equal(isContainer, registry.FindContainer(path) is not null);
        Assert.Equal(isContainer || path.EndsWith(".html", StringComparison.Ordinal), registry.IsCapture(path));
    }
}
