using Archive.Core.Analysis.Entities.Tagging;
using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Analysis.Entities.Text;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class ArchiveEntityKindsTests
{
    [Fact]
    public void A_name_takes_the_kind_most_of_its_mentions_have_across_the_archive()
    {
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Orinoco", EntityKind.Organisation, 4, [])],
            [new EntityMention("Orinoco", EntityKind.Organisation, 2, [])],
            [new EntityMention("Orinoco", EntityKind.Place, 1, [])],
        ]);

        Assert.All(articles, mentions => Assert.Equal(EntityKind.Organisation, mentions[0].Kind));
    }

    [Fact]
    public void A_name_read_as_a_product_in_most_mentions_across_the_archive_is_left_out()
    {
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Zentrix Fold", EntityKind.Organisation, 3, [], Misc: 3), new EntityMention("Harwell Bank", EntityKind.Organisation, 2, [])],
            [new EntityMention("Zentrix Fold", EntityKind.Person, 2, [], Misc: 1)],
        ]);

        Assert.Equal(["Harwell Bank"], articles[0].Select(m => m.Name));
        Assert.Empty(articles[1]);
    }

    [Fact]
    public void A_name_ending_with_a_model_or_edition_word_is_a_product_and_left_out()
    {
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Zentrix Buds Pro", EntityKind.Organisation, 2, []), new EntityMention("Ravel Mini", EntityKind.Person, 1, []),
             new EntityMention("Harwell Bank", EntityKind.Organisation, 2, [])],
            [new EntityMention("Tessel Studio Home Edition", EntityKind.Organisation, 1, [])],
        ]);

        Assert.Equal(["Harwell Bank"], articles[0].Select(m => m.Name));
        Assert.Empty(articles[1]);
    }

    [Fact]
    public void A_person_or_organisation_whose_name_ends_with_a_noun_only_places_end_with_is_a_place()
    {
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Amber Valley", EntityKind.Person, 2, []), new EntityMention("Harwick County", EntityKind.Organisation, 1, []),
             new EntityMention("Marla Street", EntityKind.Person, 1, []), new EntityMention("Harwell Bank", EntityKind.Organisation, 1, [])],
        ]);

        Assert.Equal(
            [("Amber Valley", EntityKind.Place), ("Harwick County", EntityKind.Place), ("Marla Street", EntityKind.Person), ("Harwell Bank", EntityKind.Organisation)],
            articles[0].Select(m => (m.Name, m.Kind)));
    }

    [Fact]
    public void A_road_the_kind_model_reads_as_an_organisation_stays_a_place()
    {
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Orchard Hollow Drive", EntityKind.Place, 2, [], ReadAsOrganisation: 2),
             new EntityMention("Friends of Orchard Hollow Drive", EntityKind.Organisation, 1, [])],
        ]);

        Assert.Equal([EntityKind.Place, EntityKind.Organisation], articles[0].Select(m => m.Kind));
    }

    [Fact]
    public void A_name_read_as_a_product_in_only_some_mentions_stays()
    {
        // The company named in most mentions, its product in a few ("Arbel" the maker, "Arbel" the phone).
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Arbel", EntityKind.Organisation, 4, [], Misc: 1)],
            [new EntityMention("Arbel", EntityKind.Organisation, 2, [], Misc: 2)],
        ]);

        Assert.All(articles, mentions => Assert.Equal("Arbel", Assert.Single(mentions).Name));
    }

    [Fact]
    public void A_name_ending_with_the_kind_of_software_it_is_is_a_product_and_left_out()
    {
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Zentrix Linux", EntityKind.Organisation, 3, []), new EntityMention("Tessel OS", EntityKind.Organisation, 1, []),
             new EntityMention("Harbour Server", EntityKind.Place, 1, []), new EntityMention("Ravel Desktop", EntityKind.Organisation, 1, []),
             new EntityMention("Orinoco Plug-In", EntityKind.Person, 1, []), new EntityMention("Linux Foundation", EntityKind.Organisation, 2, [])],
        ]);

        Assert.Equal(["Linux Foundation"], articles[0].Select(m => m.Name));
    }

    [Fact]
    public void A_place_or_person_whose_name_ends_as_only_organisations_do_is_an_organisation()
    {
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Orinoco Tennis Federation", EntityKind.Place, 1, []), new EntityMention("Harwell Institute", EntityKind.Person, 1, [])],
            [new EntityMention("Orinoco Trade Centre", EntityKind.Place, 1, []), new EntityMention("West Harwell Bank", EntityKind.Place, 1, [])],
        ]);

        Assert.Equal([EntityKind.Organisation, EntityKind.Organisation], articles[0].Select(m => m.Kind));
        Assert.Equal([EntityKind.Place, EntityKind.Place], articles[1].Select(m => m.Kind));
    }

    [Fact]
    public void A_place_written_as_a_us_states_agency_abbreviation_is_that_state()
    {
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Fla", EntityKind.Place, 1, []), new EntityMention("N.Y.", EntityKind.Place, 1, [])],
            [new EntityMention("Florida", EntityKind.Place, 2, [])],
            [new EntityMention("Calif", EntityKind.Organisation, 1, []), new EntityMention("Mass", EntityKind.Place, 1, [])],
        ]);

        Assert.Equal(["Florida", "New York"], articles[0].Select(m => m.Name));
        Assert.Equal(["Fla"], articles[0][0].Aliases);
        Assert.Equal(["Calif", "Mass"], articles[2].Select(m => m.Name)); // not read as a place; a word in its own right
    }

    [Fact]
    public void A_name_the_built_in_table_knows_is_never_left_out()
    {
        var articles = ArchiveEntityKinds.Apply([[new EntityMention("UK", EntityKind.Place, 2, [], Misc: 2)]]);

        Assert.Equal("United Kingdom", Assert.Single(articles[0]).Name);
    }

    [Fact]
    public void A_place_or_person_read_as_an_organisation_in_most_mentions_becomes_one_when_nothing_else_is_known_of_it()
    {
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Quorvex", EntityKind.Place, 3, [], ReadAsOrganisation: 2), new EntityMention("Blentham Imaging", EntityKind.Person, 1, [], ReadAsOrganisation: 1)],
            [new EntityMention("Quorvex", EntityKind.Place, 1, [], ReadAsOrganisation: 1)],
        ]);

        Assert.All(articles.SelectMany(a => a), m => Assert.Equal(EntityKind.Organisation, m.Kind));
    }

    [Fact]
    public void A_known_place_and_a_known_first_name_keep_the_taggers_kind()
    {
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Geneva", EntityKind.Place, 3, [], ReadAsOrganisation: 3), new EntityMention("Maria Velden", EntityKind.Person, 2, [], ReadAsOrganisation: 2)],
        ]);

        Assert.Equal([EntityKind.Place, EntityKind.Person], articles[0].Select(m => m.Kind));
    }

    [Fact]
    public void A_tie_keeps_each_articles_kind()
    {
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Delmont", EntityKind.Person, 1, [])],
            [new EntityMention("Delmont", EntityKind.Place, 1, [])],
        ]);

        Assert.Equal([EntityKind.Person, EntityKind.Place], articles.Select(m => m[0].Kind));
    }

    [Theory]
    [InlineData("UK", EntityKind.Organisation, "United Kingdom", EntityKind.Place)]
    [InlineData("America", EntityKind.Place, "United States", EntityKind.Place)]
    [InlineData("U.S.", EntityKind.Place, "United States", EntityKind.Place)]
    [InlineData("AP", EntityKind.Organisation, "Associated Press", EntityKind.Organisation)]
    [InlineData("Deutschland", EntityKind.Place, "Germany", EntityKind.Place)]
    [InlineData("España", EntityKind.Organisation, "Spain", EntityKind.Place)]
    [InlineData("ONU", EntityKind.Organisation, "United Nations", EntityKind.Organisation)]
    [InlineData("OTAN", EntityKind.Organisation, "North Atlantic Treaty Organization", EntityKind.Organisation)]
    [InlineData("FMI", EntityKind.Organisation, "International Monetary Fund", EntityKind.Organisation)]
    [InlineData("EE.UU.", EntityKind.Organisation, "United States", EntityKind.Place)]
    [InlineData("BRD", EntityKind.Organisation, "Germany", EntityKind.Place)]
    [InlineData("Usa", EntityKind.Place, "United States", EntityKind.Place)]
    [InlineData("Nato", EntityKind.Organisation, "North Atlantic Treaty Organization", EntityKind.Organisation)]
    [InlineData("Otan", EntityKind.Organisation, "North Atlantic Treaty Organization", EntityKind.Organisation)]
    public void A_known_short_form_becomes_its_full_name_and_stays_an_alias(string written, EntityKind tagged, string name, EntityKind kind)
    {
        var mention = ArchiveEntityKinds.Apply([[new EntityMention(written, tagged, 1, [])]])[0][0];

        Assert.Equal((name, kind), (mention.Name, mention.Kind));
        Assert.Contains(written, mention.Aliases);
    }

    [Theory]
    [InlineData("Who")]
    [InlineData("Us")]
    [InlineData("DDR")]
    [InlineData("ECB")]
    public void A_form_the_table_has_only_in_capitals_or_leaves_out_keeps_its_name(string written)
    {
        var mention = ArchiveEntityKinds.Apply([[new EntityMention(written, EntityKind.Organisation, 1, [])]])[0][0];

        Assert.Equal(written, mention.Name);
    }

    [Fact]
    public void An_organisation_numbered_like_a_model_in_most_mentions_gets_no_page_across_the_archive()
    {
        (string Sentence, string Tags)[] tagged =
        [
            ("Quorvex Nova 3.2 ships", "B-ORG I-ORG O O"),
            ("the Quorvex Nova 3.3 update", "O B-ORG I-ORG O O"),
            ("Quorvex Nova is slow", "B-ORG I-ORG O O"),
        ];
        var spans = tagged.SelectMany(t => EntitySpans.FromLabels(t.Sentence.Split(' '), t.Tags.Split(' ').Select(NerLabels.Parse).ToArray()));
        var mention = InArticleResolver.Resolve(spans).Single();

        Assert.Equal(2, mention.Misc);
        Assert.Empty(ArchiveEntityKinds.Apply([[mention]])[0]);
    }

    [Fact]
    public void English_is_told_from_German_by_its_function_words()
    {
        string[] english = "The council said on Tuesday that the bridge would open in the spring after years of delays and that it was within budget .".Split(' ');
        string[] german = "Der Rat teilte am Dienstag mit , dass die Brücke nach Jahren der Verzögerung im Frühjahr öffnen werde und im Rahmen des Budgets liege .".Split(' ');

        Assert.True(EnglishText.IsEnglish([english]));
        Assert.False(EnglishText.IsEnglish([german]));
    }

    [Theory]
    [InlineData(new[] { "Hi", "Pamela" }, "Pamela")]
    [InlineData(new[] { "Dear", "Jonas", "Whitfield" }, "Jonas Whitfield")]
    public void A_greeting_is_not_part_of_a_name(string[] tokens, string expected) =>
        Assert.Equal(expected, EntityNameCleaner.Clean(new EntitySpan(tokens, EntityKind.Person))?.Text);

    [Theory]
    [InlineData(new[] { "Because", "Orinoco" }, "Orinoco")]
    [InlineData(new[] { "Within", "Delmont" }, "Delmont")]
    public void A_sentences_opening_word_is_not_part_of_a_name(string[] tokens, string expected) =>
        Assert.Equal(expected, EntityNameCleaner.Clean(new EntitySpan(tokens, EntityKind.Organisation))?.Text);

    [Fact]
    public void A_photo_credit_is_no_name() =>
        Assert.Null(EntityNameCleaner.Clean(new EntitySpan(["Jane", "Doe/Agency"], EntityKind.Person)));

    [Theory]
    [InlineData("CEO")]
    [InlineData("AI")]
    [InlineData("TV")]
    public void A_common_noun_acronym_is_not_an_organisation(string acronym) =>
        Assert.Null(EntityNameCleaner.Clean(new EntitySpan([acronym], EntityKind.Organisation)));

    [Fact]
    public void A_one_word_person_no_full_name_ends_with_takes_its_other_kind()
    {
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Quorvex", EntityKind.Person, 3, [])],
            [new EntityMention("Quorvex", EntityKind.Organisation, 1, [])],
        ]);

        Assert.All(articles, mentions => Assert.Equal(EntityKind.Organisation, mentions[0].Kind));
    }

    [Fact]
    public void A_one_word_person_a_full_name_ends_with_stays_a_person()
    {
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Delmont", EntityKind.Person, 3, [])],
            [new EntityMention("Delmont", EntityKind.Organisation, 1, [])],
            [new EntityMention("Ida Delmont", EntityKind.Person, 1, [])],
        ]);

        Assert.Equal(EntityKind.Person, articles[0][0].Kind);
        Assert.Equal(EntityKind.Person, articles[1][0].Kind);
    }

    [Theory]
    [InlineData("Crunchy™ Oats")]
    [InlineData("Orinoco Suite®")]
    [InlineData("Quorvex version(s")]
    [InlineData("Tale of Delmont>")]
    public void A_trademark_sign_or_a_cut_bracket_is_no_name(string name) =>
        Assert.Null(EntityNameCleaner.Clean(new EntitySpan(name.Split(' '), EntityKind.Organisation)));

    [Fact]
    public void An_email_address_ends_a_name() =>
        Assert.Equal("Ida Delmont", EntityNameCleaner.Clean(new EntitySpan(["Ida", "Delmont", "ida.delmont@example.org"], EntityKind.Person))?.Text);

    [Fact]
    public void A_town_name_that_an_article_in_another_language_writes_after_an_article_is_a_noun_in_every_such_text()
    {
        // Zug is a Swiss town; in German "im Zug" is "on the train". One article shows the noun, another only the capital.
        var articles = ArchiveEntityKinds.Apply(
        [
            [new EntityMention("Zug", EntityKind.Place, 2, [], InForeignText: true), new EntityMention("Berlin", EntityKind.Place, 1, [], InForeignText: true)],
            [new EntityMention("Zug", EntityKind.Place, 1, [])],
        ], nounsNamedLikePlaces: new HashSet<string> { "zug" });

        Assert.Equal(["Berlin"], articles[0].Select(m => m.Name));
        Assert.Equal(["Zug"], articles[1].Select(m => m.Name)); // an English text's Zug is the town
    }
}
