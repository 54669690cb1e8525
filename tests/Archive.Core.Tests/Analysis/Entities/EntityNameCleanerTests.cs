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

    [Fact]
    public void A_personal_title_makes_a_mention_a_person()
    {
        var clean = EntityNameCleaner.Clean(new EntitySpan(["Senator", "Elizabeth", "Warren"], EntityKind.Organisation));

        Assert.Equal("Elizabeth Warren", clean?.Text);
        Assert.Equal(EntityKind.Person, clean?.Kind);
        Assert.Equal(EntityKind.Organisation, EntityNameCleaner.Clean(new EntitySpan(["General", "Motors"], EntityKind.Organisation))?.Kind);
    }
}
