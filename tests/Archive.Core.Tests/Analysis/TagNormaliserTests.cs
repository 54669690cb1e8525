using Archive.Core.Analysis.Tags;
using Archive.Core.Inputs;
using Archive.Core.Model;

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

    [Fact]
    public void Html_escapes_left_in_keywords_are_decoded_and_tags_without_letters_dropped()
    {
        var tags = new TagNormaliser(new TagSettings()).Apply(["Q&amp;A", "Arts &amp;amp; Crafts", "&quot", "&#8211;", "2019", "Don&#39;t Look Up"]);

        Assert.Equal(["Q&A", "Arts & Crafts", "Don't Look Up"], tags);
    }

    [Fact]
    public void Page_labels_are_dropped_and_topics_kept()
    {
        var tags = new TagNormaliser(new TagSettings()).Apply(["Front Page", "Top News", "latest news", "feeds", "Video", "Local News", "videoarticle", "Pressemitteilung", "Fen drainage", "Business"]);

        Assert.Equal(["Fen drainage", "Business"], tags);
    }

    [Fact]
    public void Page_words_added_in_lower_case_after_a_topic_go_but_a_name_keeps_its_News()
    {
        var tags = new TagNormaliser(new TagSettings()).Apply(["fen drainage news", "Fenland breaking news", "Fake News", "Harbour News"]);

        Assert.Equal(["fen drainage", "Fenland", "Fake News", "Harbour News"], tags);
    }

    [Fact]
    public void A_tag_naming_the_articles_own_publisher_is_dropped_but_not_on_another_publishers_page()
    {
        Article Page(string url, string source) =>
            new() { SourcePath = url, CanonicalUrl = url, SourceName = source, Tags = ["plainsherald", "Plains Herald", "PBC", "Flooding"] };

        var articles = PublisherTags.Drop([Page("https://www.plainsherald.example/a", "Plains Herald"), Page("https://pbc.example/b", "Plains Broadcasting Company")]);

        Assert.Equal(["PBC", "Flooding"], articles[0].Tags);
        Assert.Equal(["plainsherald", "Plains Herald", "Flooding"], articles[1].Tags);
    }

    [Fact]
    public void A_country_or_body_written_as_its_acronym_is_one_tag_with_its_full_name()
    {
        var tags = new TagNormaliser(new TagSettings()).Apply(["USA", "United States", "U.S.", "Deutschland", "America", "who", "Diplomacy"]);

        Assert.Equal(["United States", "Deutschland", "America", "who", "Diplomacy"], tags);
    }

    [Fact]
    public void Only_english_acronyms_are_renamed_so_a_publishers_own_language_keeps_its_tags()
    {
        var tags = new TagNormaliser(new TagSettings()).Apply(["NATO", "North Atlantic Treaty Organization", "OTAN", "ONU", "Nations unies"]);

        Assert.Equal(["North Atlantic Treaty Organization", "OTAN", "ONU", "Nations unies"], tags);
    }

    [Fact]
    public void Site_rules_apply_to_an_acronym_and_to_its_full_name()
    {
        var ignored = new TagNormaliser(new TagSettings { Ignore = ["USA"] }).Apply(["USA", "Politics"]);
        var renamed = new TagNormaliser(new TagSettings { Synonyms = new() { ["United States"] = "USA" } }).Apply(["US", "United States"]);
        var own = new TagNormaliser(new TagSettings { Synonyms = new() { ["USA"] = "America" } }).Apply(["USA"]);
        var toAcronym = new TagNormaliser(new TagSettings { Synonyms = new() { ["America"] = "US" } }).Apply(["America", "US", "USA"]);

        Assert.Equal(["Politics"], ignored);
        Assert.Equal(["USA"], renamed);
        Assert.Equal(["America"], own);
        Assert.Equal(["US"], toAcronym);
    }
}
