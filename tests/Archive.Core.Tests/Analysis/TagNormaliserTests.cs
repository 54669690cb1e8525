using Archive.Core.Analysis.Tags;
using Archive.Core.Inputs;

namespace Archive.Core.Tests.Analysis;

public sealed class TagNormaliserTests
{
    [Fact]
    public void Case_variants_merge_and_ignored_tags_and_synonyms_follow_site_rules()
    {
        var settings = new TagSettings { Ignore = ["News"], Synonyms = new() { ["Ukraine conflict"] = "Ukraine crisis" } };

        var tags = new TagNormaliser(settings).Apply(["Ukraine crisis", "ukraine  CRISIS", "News", "Ukraine conflict", "Diplomacy"]);

        Assert.Equal(["Ukraine crisis", "Diplomacy"], tags);
    }

    [Fact]
    public void The_most_used_spelling_names_a_tag()
    {
        var spellings = TagNormaliser.PreferredSpellings(["EU", "eu", "EU"]);

        Assert.Equal("EU", spellings["eu"]);
    }
}
