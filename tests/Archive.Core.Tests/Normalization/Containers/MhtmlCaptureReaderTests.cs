using System.Text;
using Archive.Core.Inputs;
using Archive.Core.Normalization;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Normalization.Containers;

public sealed class MhtmlCaptureReaderTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

    /// <summary>An MHTML file laid out as Chrome writes one: the page quoted-printable first, then an image in base64.</summary>
    private static string Mhtml(string html) => $"""
        From: <Saved by Blink>
        Snapshot-Content-Location: https://courier.example/news/cafe
        Subject: =?utf-8?Q?Caf=C3=A9_owners_protest?=
        Date: Wed, 20 Nov 2019 10:15:00 -0000
        MIME-Version: 1.0
        Content-Type: multipart/related;
        	type="text/html";
        	boundary="----MultipartBoundary--abc123----"


        ------MultipartBoundary--abc123----
        Content-Type: text/html
        Content-ID: <frame-1@mhtml.blink>
        Content-Transfer-Encoding: quoted-printable
        Content-Location: https://courier.example/news/cafe

        {QuotedPrintable(html)}
        ------MultipartBoundary--abc123----
        Content-Type: image/png
        Content-Transfer-Encoding: base64
        Content-Location: https://courier.example/img/cafe.png

        {Convert.ToBase64String(Png)}

        ------MultipartBoundary--abc123------
        """.ReplaceLineEndings("\r\n");

    /// <summary>Quoted-printable as Chrome writes it: '=' and non-ASCII bytes escaped, lines broken at 76 with soft breaks.</summary>
    private static string QuotedPrintable(string text)
    {
        var encoded = new StringBuilder();
        var column = 0;
        foreach (var b in Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")))
        {
            var piece = b == '\n' ? "\r\n" : b is (byte)'=' or > 126 ? $"={b:X2}" : ((char)b).ToString();
            if (b != '\n' && column + piece.Length > 75)
            {
                encoded.Append("=\r\n");
                column = 0;
            }

            encoded.Append(piece);
            column = b == '\n' ? 0 : column + piece.Length;
        }

        return encoded.ToString();
    }

    [Fact]
    public void The_page_part_is_read_as_html_with_the_snapshot_s_url_and_date_and_its_images_kept()
    {
        // Arrange
        var file = Encoding.UTF8.GetBytes(Mhtml(ArticlePage.Html("Café owners protest", "the café licences", head: "<meta charset=\"utf-8\">")));
        var processor = new CaptureProcessor(new SiteSettings(), CaptureReaderRegistry.CreateDefault());

        // Act
        var result = processor.Process(new CaptureFile("2019/cafe.mhtml", file));

        // Assert
        Assert.Equal("Café owners protest", result.Article.Title);
        Assert.Contains("the café licences, ending a campaign", result.Article.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("=\r\n", result.Article.BodyText, StringComparison.Ordinal);
        Assert.Equal("https://courier.example/news/cafe", result.Article.CanonicalUrl);
        Assert.Equal(new DateOnly(2019, 11, 20), result.Article.Captured);
        var image = Assert.Single(result.Resources);
        Assert.Equal(("https://courier.example/img/cafe.png", "image/png"), (image.Url, image.MediaType));
        Assert.Equal(Png, image.Bytes.ToArray());
    }

    [Fact]
    public void An_mhtml_file_cut_short_still_gives_its_page()
    {
        // Arrange: the file ends inside the image part, without its closing boundary.
        var file = Encoding.UTF8.GetBytes(Mhtml(ArticlePage.Html("Harbour bridge reopens", "the harbour bridge")));
        var end = file.AsSpan().IndexOf("Content-Type: image/png"u8) + 30;

        // Act
        var result = new CaptureProcessor(new SiteSettings(), CaptureReaderRegistry.CreateDefault()).Process(new CaptureFile("bridge.mht", file[..end]));

        // Assert
        Assert.Equal("Harbour bridge reopens", result.Article.Title);
        Assert.Contains("the harbour bridge, ending a campaign", result.Article.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_mhtml_file_without_a_page_is_reported()
    {
        var file = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n"u8.ToArray();

        var result = new CaptureProcessor(new SiteSettings(), CaptureReaderRegistry.CreateDefault()).Process(new CaptureFile("image.mhtml", file));

        Assert.Contains(result.Diagnostics, d => d.Code == "ARC078");
    }
}
