using Archive.Core.Analysis.Tags;
using Archive.Core.Inputs;

namespace Archive.Core.Tests.Analysis;

public sealed class TagShapeTests
{
    [Theory]
    [InlineData("9f8e7d6c5b")]
    [InlineData("story_10442")]
    [InlineData("cat10442")]
    [InlineData("883721")]
    [InlineData("region-sports-local")]
    [InlineData("sections/region/sports")]
    [InlineData("pubdate:2016")]
    [InlineData("Wire - Region - Politics")]
    [InlineData("Lifestyle > Gardening")]
    public void A_CMS_code_is_recognised_by_its_shape(string tag) => Assert.True(TagShape.IsCode(tag));

    [Theory]
    [InlineData("COVID-19")]
    [InlineData("G7")]
    [InlineData("World Cup 2018")]
    [InlineData("Gardening")]
    [InlineData("Climate change")]
    [InlineData("Anglo-Irish relations")]
    [InlineData("iPhone")]
    public void A_topic_is_not_a_code(string tag) => Assert.False(TagShape.IsCode(tag));

    [Fact]
    public void Codes_are_dropped_from_an_articles_tags()
    {
        var tags = new TagNormaliser(new TagSettings()).Apply(["Gardening", "a1b2c3d4e5", "Home - Garden - Features"]);

        Assert.Equal(["Gardening"], tags);
    }
}
