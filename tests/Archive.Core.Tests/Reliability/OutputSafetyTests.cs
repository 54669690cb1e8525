using Archive.Core.Building;
using Archive.Core.Caching;
using Archive.Core.Engine;
using Archive.Core.Output;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Reliability;

/// <summary>A build replaces its whole output folder: it must refuse, before touching anything, any folder that is not its own.</summary>
public sealed class OutputSafetyTests
{
    [Theory]
    [InlineData("")] // the project folder itself: captures, theme and the user's notes
    [InlineData("input")]
    [InlineData("theme")]
    [InlineData("input/site")] // inside the input: its pages would come back as captures
    public async Task An_output_folder_that_holds_or_lies_in_what_the_build_reads_is_refused_and_nothing_is_lost(string output)
    {
        using var folder = SiteCopy.Make();
        folder.Write("NOTES.txt", "keep");
        var before = SiteCopy.Tree(folder.Path);

        var outcome = await new SiteBuilder(Paths(folder, folder.Combine(output))) { Cache = BuildCache.InMemory() }.BuildAsync();

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "ARC080");
        Assert.Equal(before, SiteCopy.Tree(folder.Path));
    }

    [Fact]
    public async Task A_folder_of_someone_elses_files_is_not_replaced()
    {
        using var folder = SiteCopy.Make();
        folder.Write("photos/holiday.jpg", "not a site");

        var outcome = await new SiteBuilder(Paths(folder, folder.Combine("photos"))).BuildAsync();

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("not a site", File.ReadAllText(folder.Combine("photos", "holiday.jpg")));
    }

    [Fact]
    public async Task Folders_beside_the_output_that_the_build_did_not_make_are_left_alone()
    {
        using var folder = SiteCopy.Make();
        folder.Write("out.staging/mine.txt", "a user's folder");
        folder.Write("out.previous/mine.txt", "another");

        Assert.Equal(0, (await new SiteBuilder(Paths(folder, folder.Combine("out"))).BuildAsync()).ExitCode);
        Assert.Equal(0, (await new SiteBuilder(Paths(folder, folder.Combine("out"))).BuildAsync()).ExitCode);

        Assert.Equal("a user's folder", File.ReadAllText(folder.Combine("out.staging", "mine.txt")));
        Assert.Equal("another", File.ReadAllText(folder.Combine("out.previous", "mine.txt")));
        Assert.True(File.Exists(folder.Combine("out", "build-report.json")));
    }

    [Fact]
    public async Task An_empty_folder_or_an_earlier_site_is_built_into()
    {
        using var folder = SiteCopy.Make();
        Directory.CreateDirectory(folder.Combine("out"));

        Assert.Equal(0, (await new SiteBuilder(Paths(folder, folder.Combine("out"))).BuildAsync()).ExitCode);
        Assert.Equal(0, (await new SiteBuilder(Paths(folder, folder.Combine("out"))).BuildAsync()).ExitCode);
    }

    [Fact]
    public async Task An_output_path_that_is_a_file_is_a_configuration_error()
    {
        using var folder = SiteCopy.Make();
        folder.Write("out", "a file");

        var outcome = await new SiteBuilder(Paths(folder, folder.Combine("out"))).BuildAsync();

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("a file", File.ReadAllText(folder.Combine("out")));
    }

    [Fact]
    public async Task A_cache_path_that_is_a_file_is_a_configuration_error()
    {
        using var folder = SiteCopy.Make();
        var cache = folder.Write("cache", "a file");

        var outcome = await new SiteBuilder(Paths(folder, folder.Combine("out"))) { Cache = BuildCache.Open(cache) }.BuildAsync();

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "ARC082");
        Assert.Equal("a file", File.ReadAllText(cache));
    }

    private static BuildPaths Paths(TempFolder folder, string output) =>
        new(folder.Combine("input"), output, folder.Combine("theme"), folder.Combine("site.yml"));
}
