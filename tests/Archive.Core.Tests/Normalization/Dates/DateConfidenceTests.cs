using Archive.Core.Building;
using Archive.Core.Engine;
using Archive.Core.Model;
using Archive.Core.Normalization.Dates;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Normalization.Dates;

public sealed class DateConfidenceTests
{
    private const string Seed = "000_65a9ed0f9e69ed43.txt";

    private const string Prose =
        "Thousands of people marched through the city centre on Sunday, calling on the council to keep the old library open " +
        "and to fund its repairs, while the mayor said that no decision had yet been taken about the building's future.";

    private static string Dump(params string[] lines) => string.Join("\n", lines);

    [Fact]
    public void A_byline_date_is_exact()
    {
        var text = Dump("Library campaigners march", "By Jane Doe, 30 March 2014", Prose);

        var found = PublishedDateFinder.FindDayInText(text, null, null);

        Assert.Equal(new PublishedDate(new DateOnly(2014, 3, 30), DateConfidence.Exact), found);
    }

    [Fact]
    public void A_caption_date_on_the_weekday_the_prose_names_is_inferred()
    {
        // 30 March 2014 was a Sunday; the date stands only in a long caption, too weak to be stated.
        var caption = "Campaigners hold a banner outside the old library in the city centre during the march, on 30 March 2014, as the council met to discuss its future";
        var text = Dump("Library campaigners march", Prose, caption, Prose);

        var found = PublishedDateFinder.FindDayInText(text, null, null);

        Assert.Equal(new PublishedDate(new DateOnly(2014, 3, 30), DateConfidence.Inferred), found);
    }

    [Fact]
    public void A_caption_date_on_another_weekday_dates_nothing()
    {
        // 31 March 2014 was a Monday; the prose says Sunday.
        var caption = "Campaigners hold a banner outside the old library in the city centre during the march, on 31 March 2014, as the council met to discuss its future";
        var text = Dump("Library campaigners march", Prose, caption, Prose);

        Assert.Null(PublishedDateFinder.FindDayInText(text, null, null));
    }

    [Fact]
    public void A_weekday_that_labels_a_full_date_is_not_corroboration()
    {
        var caption = "Campaigners hold a banner outside the old library in the city centre during the march, on 30 March 2014, as the council met to discuss its future";
        var prose = Prose.Replace(" on Sunday", "", StringComparison.Ordinal);
        var text = Dump("Library campaigners march", prose, caption, "The next march is on Sunday 6 April, the organisers said.");

        Assert.Null(PublishedDateFinder.FindDayInText(text, null, null));
    }

    [Fact]
    public void The_seed_capture_without_its_sidecar_is_dated_30_March_2014_as_inferred()
    {
        var text = File.ReadAllText(Repository.PathOf("input", Seed));

        var found = PublishedDateFinder.FindDayInText(text, null, null);

        Assert.Equal(new PublishedDate(new DateOnly(2014, 3, 30), DateConfidence.Inferred), found);
    }

    [Fact]
    public async Task The_seed_capture_without_its_sidecar_lands_under_its_day_and_says_the_date_is_inferred()
    {
        // Arrange: the capture alone, its sidecar (which states the day) left behind in input/.
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("input"));
        File.Copy(Repository.PathOf("input", Seed), folder.Combine("input", Seed));

        // Act
        var outcome = await new SiteBuilder(new BuildPaths(folder.Combine("input"), folder.Combine("out"), Repository.PathOf("theme"), Repository.PathOf("site.yml"))).BuildAsync();

        // Assert
        Assert.NotEqual(2, outcome.ExitCode);
        var page = Directory.GetFiles(folder.Combine("out", "2014", "03", "30"), "index.html", SearchOption.AllDirectories)
            .Single(f => Path.GetFileName(Path.GetDirectoryName(f)) != "30");
        Assert.Contains("30 March 2014</time></a>, inferred from the page's text", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seed_capture_with_its_sidecar_shows_the_stated_day_as_exact()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("input"));
        File.Copy(Repository.PathOf("input", Seed), folder.Combine("input", Seed));
        File.Copy(Repository.PathOf("input", Seed + ".yml"), folder.Combine("input", Seed + ".yml"));

        await new SiteBuilder(new BuildPaths(folder.Combine("input"), folder.Combine("out"), Repository.PathOf("theme"), Repository.PathOf("site.yml"))).BuildAsync();

        var page = Directory.GetFiles(folder.Combine("out", "2014", "03", "30"), "index.html", SearchOption.AllDirectories)
            .Single(f => Path.GetFileName(Path.GetDirectoryName(f)) != "30");
        var html = File.ReadAllText(page);
        Assert.Contains("30 March 2014</time>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("inferred from", html, StringComparison.Ordinal);
    }
}
