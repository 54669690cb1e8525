using System.Text;
using Archive.Core.Building;
using Archive.Core.Caching;
using Archive.Core.Engine;
using Archive.Core.Images;
using Archive.Core.Tests.Support;
using Archive.Testing;
using SkiaSharp;

namespace Archive.Core.Tests.Images;

/// <summary>
/// A site of five captures, one per way a capture holds an image (a saved page's folder, a data: URI, an MHTML part,
/// a WARC record) and one whose image is only on the live web: each page shows its figure from files the build wrote
/// under hash names, at the right size, and the live-only one only links to its image.
/// </summary>
public sealed class ImageBuildTests
{
    private static readonly byte[] FolderPhoto = TestImages.Jpeg(1200, 800, SKColors.DarkRed);
    private static readonly byte[] InlinedLogo = TestImages.TransparentPng(600, 400, SKColors.Navy);
    private static readonly byte[] MhtmlPhoto = TestImages.Jpeg(500, 300, SKColors.DarkGreen);
    private static readonly byte[] WarcPhoto = TestImages.Jpeg(2000, 1000, SKColors.DarkOrange);

    [Fact]
    public async Task Every_kind_of_capture_shows_its_image_from_files_named_by_hash_with_srcset_and_size()
    {
        using var folder = MakeSite();

        var builder = Builder(folder, "out", cache: null);
        var outcome = await builder.BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        AssertFigure(folder, "2020/03/01/saved-page-harbour", FolderPhoto, 1200, 800, "jpg", [480, 960, 1200], "Fishing boats in the harbour", "The harbour at dawn, from the folder of the saved page");
        AssertFigure(folder, "2020/03/02/singlefile-lighthouse", InlinedLogo, 600, 400, "png", [480, 600], "The lighthouse badge", "The badge, inlined as a data URI");
        AssertFigure(folder, "2020/03/03/snapshot-market", MhtmlPhoto, 500, 300, "jpg", [480, 500], "Stalls of the market", "Market stalls, from the MHTML part");
        AssertFigure(folder, "2020/03/04/crawl-ferry", WarcPhoto, 2000, 1000, "jpg", [480, 960, 1600], "The ferry leaving", "The ferry, from the WARC record");
        Assert.Equal(4, builder.ImagesEncoded);
    }

    [Fact]
    public async Task An_image_only_on_the_live_web_is_not_loaded_its_caption_stays_with_a_link()
    {
        using var folder = MakeSite();

        var outcome = await Builder(folder, "out", cache: null).BuildAsync();

        var page = File.ReadAllText(folder.Combine("out", "2020", "03", "05", "live-only-bridge", "index.html"));
        Assert.Equal(0, outcome.ExitCode);
        AssertCaptionWithoutImage(page, "The old bridge, only on the live web");
        Assert.Contains("<a href=\"https://bridge.example/img/bridge.jpg\" rel=\"nofollow noopener\">", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(600, 4)]
    [InlineData(48, 48)]
    public async Task A_placeholder_pixel_or_icon_is_not_the_figures_image_its_caption_stays(int width, int height)
    {
        using var folder = new TempFolder();
        var pixel = TestImages.TransparentPng(width, height, SKColors.Transparent);
        folder.Write("input/pier.html", Page("Lazy pier", "2020-03-06", "pier", $"""<figure><img src="data:image/png;base64,{Convert.ToBase64String(pixel)}" alt="The pier at low tide"><figcaption>The pier, a placeholder until its script ran</figcaption></figure>"""));

        var outcome = await Builder(folder, "out", cache: null).BuildAsync();

        var page = File.ReadAllText(folder.Combine("out", "2020", "03", "06", "lazy-pier", "index.html"));
        Assert.Equal(0, outcome.ExitCode);
        AssertCaptionWithoutImage(page, "The pier, a placeholder until its script ran");
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "ARC079");
    }

    [Fact]
    public async Task A_small_image_of_49_pixels_or_more_is_kept()
    {
        using var folder = new TempFolder();
        var badge = TestImages.Jpeg(120, 49, SKColors.DarkBlue);
        folder.Write("input/pier.html", Page("Badge pier", "2020-03-06", "pier", $"""<figure><img src="data:image/jpeg;base64,{Convert.ToBase64String(badge)}" alt="The pier badge"><figcaption>The pier's badge</figcaption></figure>"""));

        await Builder(folder, "out", cache: null).BuildAsync();

        var page = File.ReadAllText(folder.Combine("out", "2020", "03", "06", "badge-pier", "index.html"));
        Assert.Contains("<img", page, StringComparison.Ordinal);
        Assert.Contains("width=\"120\" height=\"49\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rebuild_with_the_cache_encodes_no_image_again_and_writes_the_same_files()
    {
        using var folder = MakeSite();
        var first = Builder(folder, "out", BuildCache.Open(folder.Combine(".cache")));
        await first.BuildAsync();
        var images = SiteCopy.Tree(folder.Combine("out", "images"));
        // An edit, so the build runs its pipelines rather than replaying the last one; the WARC's pages are read again.
        File.AppendAllText(folder.Combine("input", "live.html"), "\n<!-- edited -->\n");

        var second = Builder(folder, "out", BuildCache.Open(folder.Combine(".cache")));
        var outcome = await second.BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(4, first.ImagesEncoded);
        Assert.Equal(0, second.ImagesEncoded);
        Assert.Equal(images, SiteCopy.Tree(folder.Combine("out", "images")));
    }

    [Fact]
    public async Task A_build_without_cache_writes_the_same_image_files_as_one_with()
    {
        using var folder = MakeSite();

        await Builder(folder, "cold", cache: null).BuildAsync();
        await Builder(folder, "cached", BuildCache.Open(folder.Combine(".cache"))).BuildAsync();

        Assert.Equal(SiteCopy.Tree(folder.Combine("cold")), SiteCopy.Tree(folder.Combine("cached")));
    }

    [Fact]
    public async Task Replacing_an_image_beside_a_saved_page_shows_the_new_image_after_a_cached_rebuild()
    {
        using var folder = MakeSite();
        await Builder(folder, "out", BuildCache.Open(folder.Combine(".cache"))).BuildAsync();
        var replacement = TestImages.Jpeg(800, 600, SKColors.DarkBlue);
        File.WriteAllBytes(folder.Combine("input", "saved_files", "photo.jpg"), replacement);

        var outcome = await Builder(folder, "out", BuildCache.Open(folder.Combine(".cache"))).BuildAsync();
        await Builder(folder, "cold", cache: null).BuildAsync();

        var page = File.ReadAllText(folder.Combine("out", "2020", "03", "01", "saved-page-harbour", "index.html"));
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains($"/images/{ImageStore.HashOf(replacement)}-800.jpg", page, StringComparison.Ordinal);
        Assert.DoesNotContain(ImageStore.HashOf(FolderPhoto), page, StringComparison.Ordinal);
        Assert.Equal(SiteCopy.Tree(folder.Combine("cold")), SiteCopy.Tree(folder.Combine("out")));
    }

    [Fact]
    public async Task An_image_put_beside_a_saved_page_after_a_build_shows_on_the_next_one()
    {
        using var folder = MakeSite();
        File.Delete(folder.Combine("input", "saved_files", "photo.jpg"));
        await Builder(folder, "out", BuildCache.Open(folder.Combine(".cache"))).BuildAsync();
        var before = File.ReadAllText(folder.Combine("out", "2020", "03", "01", "saved-page-harbour", "index.html"));
        File.WriteAllBytes(folder.Combine("input", "saved_files", "photo.jpg"), FolderPhoto);

        await Builder(folder, "out", BuildCache.Open(folder.Combine(".cache"))).BuildAsync();

        var after = File.ReadAllText(folder.Combine("out", "2020", "03", "01", "saved-page-harbour", "index.html"));
        Assert.DoesNotContain("<img", before, StringComparison.Ordinal);
        Assert.Contains($"/images/{ImageStore.HashOf(FolderPhoto)}-1200.jpg", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_markdown_note_keeps_an_image_beside_it_and_only_links_an_image_on_the_web()
    {
        using var folder = new TempFolder();
        var gull = TestImages.Jpeg(900, 600, SKColors.Gray);
        folder.Write("input/notes/pier.md", $"""
            ---
            title: Gulls on the pier
            published: 2021-06-12
            ---

            Paragraph one. {Texts["harbour"][0]}

            ![A gull on the railing](pier_files/gull.jpg "Gulls wait for the trawlers")

            Paragraph two. {Texts["harbour"][1]} ![The quay at night](https://quay.example/img/night.jpg "The quay, on the web only")

            {Texts["harbour"][2]}
            """);
        Directory.CreateDirectory(folder.Combine("input", "notes", "pier_files"));
        File.WriteAllBytes(folder.Combine("input", "notes", "pier_files", "gull.jpg"), gull);

        var outcome = await Builder(folder, "out", cache: null).BuildAsync();

        var page = File.ReadAllText(folder.Combine("out", "2021", "06", "12", "gulls-on-the-pier", "index.html"));
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains($"width=\"900\" height=\"600\" alt=\"A gull on the railing\"", page, StringComparison.Ordinal);
        Assert.Contains($"/images/{ImageStore.HashOf(gull)}-900.jpg", page, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Gulls wait for the trawlers</figcaption>", page, StringComparison.Ordinal);
        Assert.Contains("<figcaption>The quay, on the web only <span class=\"figure-note\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://quay.example/img/night.jpg\" rel=\"nofollow noopener\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"https://quay.example", page, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<img "));
    }

    private static void AssertFigure(TempFolder folder, string permalink, byte[] source, int width, int height, string format, int[] widths, string alt, string caption)
    {
        var path = folder.Combine(["out", .. permalink.Split('/'), "index.html"]);
        Assert.True(File.Exists(path), $"{permalink} is not among the pages: {string.Join(", ", Directory.GetFiles(folder.Combine("out"), "index.html", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(folder.Combine("out"), p)))}");
        var page = File.ReadAllText(path);
        var hash = ImageStore.HashOf(source);
        var webp = string.Join(", ", widths.Select(w => $"/images/{hash}-{w}.webp {w}w"));
        var fallback = string.Join(", ", widths.Select(w => $"/images/{hash}-{w}.{format} {w}w"));
        Assert.Contains($"<source type=\"image/webp\" srcset=\"{webp}\"", page, StringComparison.Ordinal);
        Assert.Contains($"srcset=\"{fallback}\"", page, StringComparison.Ordinal);
        Assert.Contains($"width=\"{width}\" height=\"{height}\" alt=\"{alt}\"", page, StringComparison.Ordinal);
        Assert.Contains($"<figcaption>{caption}</figcaption>", page, StringComparison.Ordinal);
        // The figure stands in the body between the paragraphs it stood between in the capture.
        Assert.True(page.IndexOf("First paragraph", StringComparison.Ordinal) < page.IndexOf("<figure", StringComparison.Ordinal));
        Assert.True(page.IndexOf("<figure", StringComparison.Ordinal) < page.IndexOf("Second paragraph", StringComparison.Ordinal));
        foreach (var w in widths)
        {
            foreach (var ext in new[] { "webp", format })
            {
                var file = folder.Combine("out", "images", $"{hash}-{w}.{ext}");
                Assert.True(File.Exists(file), file);
                Assert.Equal((w, (int)Math.Round((double)height * w / width)), TestImages.SizeOf(file));
            }
        }
    }

    /// <summary>A figure shown without an image: its caption, no <c>img</c>, and no og:image for the page.</summary>
    private static void AssertCaptionWithoutImage(string page, string caption)
    {
        Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
        Assert.DoesNotContain("og:image", page, StringComparison.Ordinal);
        Assert.Contains(caption, page, StringComparison.Ordinal);
    }

    private static TempFolder MakeSite()
    {
        var folder = new TempFolder();
        folder.Write("input/saved.html", Page("Saved page harbour", "2020-03-01", "harbour", """<figure><img src="saved_files/photo.jpg" alt="Fishing boats in the harbour"><figcaption>The harbour at dawn, from the folder of the saved page</figcaption></figure>"""));
        Directory.CreateDirectory(folder.Combine("input", "saved_files"));
        File.WriteAllBytes(folder.Combine("input", "saved_files", "photo.jpg"), FolderPhoto);
        folder.Write("input/single.html", Page("SingleFile lighthouse", "2020-03-02", "lighthouse", $"""<figure><img src="data:image/png;base64,{Convert.ToBase64String(InlinedLogo)}" alt="The lighthouse badge"><figcaption>The badge, inlined as a data URI</figcaption></figure>"""));
        folder.Write("input/snapshot.mhtml", Mhtml(Page("Snapshot market", "2020-03-03", "market", """<figure><img src="https://market.example/img/stalls.jpg" alt="Stalls of the market"><figcaption>Market stalls, from the MHTML part</figcaption></figure>"""), "https://market.example/img/stalls.jpg", MhtmlPhoto));
        // The image's record comes after the page's, as a crawler that follows the page's links writes it.
        var warc = new WarcWriter()
            .Response("https://ferry.example/news/ferry", 200, "text/html", Page("Crawl ferry", "2020-03-04", "ferry", """<figure><img src="/img/ferry.jpg" alt="The ferry leaving"><figcaption>The ferry, from the WARC record</figcaption></figure>"""))
            .Response("https://ferry.example/img/ferry.jpg", 200, "image/jpeg", WarcPhoto);
        File.WriteAllBytes(folder.Combine("input", "crawl.warc.gz"), warc.ToWarcGz());
        folder.Write("input/live.html", Page("Live only bridge", "2020-03-05", "bridge", """<figure><img src="https://bridge.example/img/bridge.jpg" alt="The old bridge"><figcaption>The old bridge, only on the live web</figcaption></figure>"""));
        return folder;
    }

    private static readonly Dictionary<string, string[]> Texts = new()
    {
        ["harbour"] = ["Trawlers returned to the harbour before dawn with the season's first catch of mackerel, which sold out within an hour.", "Harbour master Ellen Price said the new pontoons had doubled the number of boats that could land at low tide.", "Fish merchants want the quay lit at night so that buyers can load their vans safely through the winter."],
        ["lighthouse"] = ["The lighthouse keeper's cottage has been restored by volunteers who spent three summers replacing its slate roof.", "Visitors may climb the spiral staircase on weekends, though children under eight must be carried on the narrow upper flight.", "A small museum in the old oil store shows lenses, logbooks and a foghorn that still works when the wind is right."],
        ["market"] = ["Stallholders at the covered market voted to open on Sundays after a year of falling takings during the week.", "Cheese sellers and florists backed the plan, while the butchers said they could not find staff for a seventh day.", "The market hall, built in 1887, needs a new glass roof that the council has priced at two million pounds."],
        ["ferry"] = ["The island ferry sailed on its new timetable for the first time, with an extra crossing at seven in the evening.", "Commuters had campaigned for the later boat since the cannery moved its shifts, leaving workers stranded in town.", "The operator warned that the crossing would be cancelled in winter storms, when the swell at the pier runs too high."],
        ["pier"] = ["The pier reopened after a winter of repairs to its timber deck, which storms had lifted in three places.", "Anglers returned on the first morning, though the end of the pier stays fenced off until the railings are replaced.", "The trust that owns it hopes to open a cafe in the old ticket office by the summer holidays."],
        ["bridge"] = ["Engineers closed the old stone bridge to lorries after surveyors found cracks spreading from two of its arches.", "Cars and cyclists may still cross, but buses now take a detour of eleven miles through the villages to the north.", "Repairs are expected to take a year, with lime mortar mixed to the recipe the bridge was first built with."],
    };

    /// <summary>An article page with a figure between its first and second paragraphs; each topic's text is its own, so no two pages are one story.</summary>
    private static string Page(string title, string date, string topic, string figure) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><title>{title}</title><meta property="article:published_time" content="{date}"></head>
        <body><article><h1>{title}</h1>
        <p>First paragraph. {Texts[topic][0]}</p>
        {figure}
        <p>Second paragraph. {Texts[topic][1]}</p>
        <p>{Texts[topic][2]}</p>
        </article></body></html>
        """;

    private static string Mhtml(string html, string imageUrl, byte[] image) => $"""
        From: <Saved by Blink>
        Snapshot-Content-Location: https://market.example/news/market
        Subject: Snapshot market
        Date: Tue, 03 Mar 2020 10:15:00 -0000
        MIME-Version: 1.0
        Content-Type: multipart/related;
        	type="text/html";
        	boundary="----MultipartBoundary--img----"


        ------MultipartBoundary--img----
        Content-Type: text/html
        Content-Transfer-Encoding: base64
        Content-Location: https://market.example/news/market

        {Convert.ToBase64String(Encoding.UTF8.GetBytes(html), Base64FormattingOptions.InsertLineBreaks)}
        ------MultipartBoundary--img----
        Content-Type: image/jpeg
        Content-Transfer-Encoding: base64
        Content-Location: {imageUrl}

        {Convert.ToBase64String(image, Base64FormattingOptions.InsertLineBreaks)}

        ------MultipartBoundary--img------
        """.ReplaceLineEndings("\r\n");

    private static SiteBuilder Builder(TempFolder folder, string output, BuildCache? cache) =>
        new(new BuildPaths(folder.Combine("input"), folder.Combine(output), Repository.PathOf("theme"), null)) { Cache = cache };
}
