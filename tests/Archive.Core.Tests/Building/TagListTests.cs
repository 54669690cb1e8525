using Archive.Core.Building;
using Archive.Core.Engine;

namespace Archive.Core.Tests.Building;

public sealed class TagListTests
{
    [Fact]
    public async Task The_tag_list_shows_tags_of_two_articles_and_a_one_off_tag_keeps_its_page()
    {
        using var folder = new TempFolder();
        folder.Write("input/one.md", "---\ntitle: One\npublished: 2020-01-01\ntags: [Gardening, Beekeeping]\n---\nBody text.\n");
        folder.Write("input/two.md", "---\ntitle: Two\npublished: 2020-01-02\ntags: [Gardening]\n---\nBody text.\n");

        await new SiteBuilder(new BuildPaths(folder.Combine("input"), folder.Combine("out"), Repository.PathOf("theme"), null)).BuildAsync();

        var list = File.ReadAllText(folder.Combine("out", "tags", "index.html"));
        Assert.Contains("href=\"/tags/gardening/\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/tags/beekeeping/\"", list, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Combine("out", "tags", "beekeeping", "index.html")));
    }
}
