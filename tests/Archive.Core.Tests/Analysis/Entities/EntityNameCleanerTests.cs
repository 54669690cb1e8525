using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class EntityNameCleanerTests
{
    private static string? Clean(string text, EntityKind kind = EntityKind.Person) =>
        EntityNameCleaner.Clean(new EntitySpan(text.Split(' '), kind))?.Text;

    [Theory]
    [InlineData("Mr Kerry", "Kerry")]
    [InlineData("Mr. Kerry", "Kerry")]
    [InlineData("Secretary of State John Kerry", "John Kerry")]
    [InlineData("US Secretary of State John Kerry", "John Kerry")]
    [InlineData("President Vladimir Putin", "Vladimir Putin")]
    [InlineData("Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov")]
    [InlineData("Prime Minister David Cameron", "David Cameron")]
    [InlineData("John Kerry", "John Kerry")]
    public void Titles_and_honorifics_are_stripped_from_people(string mention, string expected)
    {
        Assert.Equal(expected, Clean(mention));
    }

    [Theory]
    [InlineData("III", null)]
    [InlineData("VII.", null)]
    [InlineData("XIV", null)]
    [InlineData("DC", "DC")]
    [InlineData("XV Corps", "XV Corps")]
    [InlineData("Vix", "Vix")]
    public void A_roman_numeral_alone_is_no_name(string mention, string? expected)
    {
        Assert.Equal(expected, Clean(mention, EntityKind.Organisation));
    }

    [Theory]
    [InlineData("Kerry 's", "Kerry")]
    [InlineData("Kerry's", "Kerry")]
    [InlineData("Jones '", "Jones")]
    [InlineData("People 's Daily", "People's Daily")]
    public void Possessives_are_dropped(string mention, string expected)
    {
        Assert.Equal(expected, Clean(mention));
    }

    [Theory]
    [InlineData("Russian")]
    [InlineData("Ukrainian")]
    [InlineData("Ukrainians")]
    [InlineData("Pro-European")]
    public void A_demonym_is_not_a_place(string mention)
    {
        Assert.Null(Clean(mention, EntityKind.Place));
    }

    [Theory]
    [InlineData("Sunday")]
    [InlineData("March")]
    [InlineData("Meanwhile")]
    [InlineData("The")]
    [InlineData("But")]
    [InlineData("President")]
    public void Weekdays_months_adverbs_function_words_and_bare_titles_are_never_entities(string mention)
    {
        Assert.Null(Clean(mention, EntityKind.Organisation));
    }

    [Fact]
    public void A_leading_the_is_dropped_from_organisations_but_the_name_kept()
    {
        Assert.Equal("Pentagon", Clean("the Pentagon", EntityKind.Organisation));
        Assert.Equal("UN General Assembly", Clean("UN General Assembly", EntityKind.Organisation));
    }

    [Theory]
    [InlineData("Courtesy of Jane Moghadam", "Jane Moghadam")]
    [InlineData("Courtesy Jane Moghadam", "Jane Moghadam")]
    public void A_picture_credit_before_a_name_is_not_part_of_it(string mention, string expected)
    {
        Assert.Equal(expected, Clean(mention, EntityKind.Person));
    }

    [Fact]
    public void A_personal_title_makes_a_mention_a_person()
    {
        var clean = EntityNameCleaner.Clean(new EntitySpan(["Senator", "Elizabeth", "Warren"], EntityKind.Organisation));

        Assert.Equal("Elizabeth Warren", clean?.Text);
        Assert.Equal(EntityKind.Person, clean?.Kind);
        Assert.Equal(EntityKind.Organisation, EntityNameCleaner.Clean(new EntitySpan(["General", "Motors"], EntityKind.Organisation))?.Kind);
    }

    [Theory]
    [InlineData("I'm", EntityKind.Organisation)]
    [InlineData("We’re", EntityKind.Organisation)]
    [InlineData("They'll Never", EntityKind.Person)]
    [InlineData("Don't", EntityKind.Place)]
    public void A_contraction_is_no_name(string mention, EntityKind kind)
    {
        Assert.Null(Clean(mention, kind));
    }

    [Theory]
    [InlineData("O'Neill", "O'Neill")]
    [InlineData("Conan O’Brien", "Conan O’Brien")]
    [InlineData("D'Angelo Russell", "D'Angelo Russell")]
    public void An_apostrophe_inside_a_name_stays(string mention, string expected)
    {
        Assert.Equal(expected, Clean(mention));
    }

    [Theory]
    [InlineData("8.Lori Kelly", "Lori Kelly")]
    [InlineData("12)Jane Doe", "Jane Doe")]
    [InlineData("3M", "3M")]
    [InlineData("7.5", null)]
    public void A_list_number_run_into_a_name_is_cut(string mention, string? expected)
    {
        Assert.Equal(expected, Clean(mention, EntityKind.Organisation));
    }

    [Theory]
    [InlineData("Founder of Ceres Robotics Inc.", "Ceres Robotics Inc.")]
    [InlineData("CEO of Acme", "Acme")]
    [InlineData("Chief Executive of Northwind Traders", "Northwind Traders")]
    [InlineData("Members of the Royal Society", "Royal Society")]
    [InlineData("Bank of England", "Bank of England")]
    [InlineData("University of York", "University of York")]
    [InlineData("Minister of Finance", null)]
    public void A_role_before_of_is_cut_from_an_organisation(string mention, string? expected)
    {
        Assert.Equal(expected, Clean(mention, EntityKind.Organisation));
    }

    [Fact]
    public void A_role_before_of_stays_in_a_place()
    {
        Assert.Equal("King of Prussia", Clean("King of Prussia", EntityKind.Place));
    }

    [Theory]
    [InlineData("Harlow City Mayor John Vance", "John Vance")]
    [InlineData("Acme spokesperson Mary Jones", "Mary Jones")]
    [InlineData("Harlow City Council", "Harlow City Council")]
    [InlineData("Mayor John", "Mayor John")]
    [InlineData("Chief Executive Officer", "Chief Executive Officer")]
    public void A_person_named_after_a_title_inside_an_organisation_is_that_person(string mention, string expected)
    {
        var clean = EntityNameCleaner.Clean(new EntitySpan(mention.Split(' '), EntityKind.Organisation));
        Assert.Equal(expected, clean?.Text);
        Assert.Equal(expected == mention ? EntityKind.Organisation : EntityKind.Person, clean?.Kind);
    }

    [Theory]
    [InlineData("Follow The Northwind Times", "Northwind Times")]
    [InlineData("Subscribe Harbour Weekly", "Harbour Weekly")]
    [InlineData("Share Marta Kowalski", "Marta Kowalski")]
    public void A_button_word_opening_a_span_is_not_part_of_the_name(string mention, string expected)
    {
        Assert.Equal(expected, Clean(mention, EntityKind.Organisation));
    }

    [Theory]
    [InlineData("PST")]
    [InlineData("RSS")]
    [InlineData("EBITDA")]
    [InlineData("AWD")]
    public void An_acronym_of_a_common_noun_is_no_name(string mention)
    {
        Assert.Null(Clean(mention, EntityKind.Organisation));
    }
}
