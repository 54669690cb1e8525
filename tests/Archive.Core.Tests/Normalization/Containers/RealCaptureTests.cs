using Archive.Core.Inputs;
using Archive.Core.Normalization;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Normalization.Containers;

/// <summary>
/// Captures made by the real tools (tools/captures/make-fixtures.sh: Chromium's MHTML snapshot, wget's WARC, SingleFile)
/// of two pages written for the project: each format gives the article the saved page gives.
/// </summary>
public sealed class RealCaptureTests
{
    private static readonly CaptureProcessor Processor = new(new SiteSettings(), CaptureReaderRegistry.CreateDefault());

    public static TheoryData<string, string> Captures => new()
    {
        { "harbour-bridge", "page.mhtml" },
        { "harbour-bridge", "page.warc.gz" },
        { "harbour-bridge", "page.single.html" },
        { "pool-closure", "page.mhtml" },
        { "pool-closure", "page.warc.gz" },
        { "pool-closure", "page.single.html" },
    };

    [Theory]
    [MemberData(nameof(Captures))]
    public void Each_format_gives_the_article_of_the_saved_page(string page, string file)
    {
        // Arrange
        var saved = Read(Path.Combine(Repository.PathOf("tools", "captures", "pages", page), "page.html"));

        // Act
        var captured = Read(GoldenCases.Root("Captures", page, file));

        // Assert
        Assert.Equal(saved.Title, captured.Title);
        Assert.Equal(saved.BodyText, captured.BodyText);
        Assert.Equal(saved.Published, captured.Published);
    }

    [Fact]
    public void A_wget_crawl_with_the_page_s_image_and_a_missing_robots_txt_gives_one_article_with_its_url_and_capture_day()
    {
        using var stream = File.OpenRead(GoldenCases.Root("Captures", "harbour-bridge", "page.warc.gz"));

        var result = Assert.Single(Processor.ProcessContainer("page.warc.gz", stream, _ => { }).ToList());

        Assert.EndsWith("/harbour-bridge/page.html", result.Article.SourcePath, StringComparison.Ordinal);
        Assert.Equal("https://courier.example/news/2019/06/03/harbour-bridge-reopens", result.Article.CanonicalUrl);
        Assert.NotNull(result.Article.Captured);
    }

    [Fact]
    public void A_chromium_snapshot_keeps_the_page_s_image_as_a_resource()
    {
        var result = Processor.Process(new CaptureFile("page.mhtml", File.ReadAllBytes(GoldenCases.Root("Captures", "harbour-bridge", "page.mhtml"))));

        var image = Assert.Single(result.Resources, r => r.MediaType == "image/png");
        Assert.EndsWith("/harbour-bridge/bridge.png", image.Url, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.PathOf("tools", "captures", "pages", "harbour-bridge"), "bridge.png")), image.Bytes.ToArray());
    }

    private static Model.Article Read(string path)
    {
        if (Processor.IsContainer(path))
        {
            using var stream = File.OpenRead(path);
            return Assert.Single(Processor.ProcessContainer(path, stream, _ => { }).ToList()).Article;
        }

        return Processor.Process(new CaptureFile(path, File.ReadAllBytes(path))).Article;
    }
}
