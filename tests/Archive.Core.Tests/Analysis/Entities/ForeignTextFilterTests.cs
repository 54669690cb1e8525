using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class ForeignTextFilterTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.FromLists(["Austria", "Schweiz"], ["Graz", "Ende"], ["Anna", "Der"]);

    private static readonly HashSet<string> s_lowerCase = new(StringComparer.Ordinal) { "der", "und", "im" };

    private static readonly HashSet<string> s_none = new(StringComparer.Ordinal);

    [Theory]
    [InlineData("Verzögerung", EntityKind.Organisation)]
    [InlineData("Leben", EntityKind.Person)]
    [InlineData("Rahmen", EntityKind.Place)]
    [InlineData("Anna", EntityKind.Person)]
    public void A_capitalised_word_without_other_evidence_is_dropped(string word, EntityKind kind) =>
        Assert.False(ForeignTextFilter.Keep(new EntitySpan([word], kind), s_gazetteer, s_lowerCase, s_none));

    [Fact]
    public void A_first_name_the_text_writes_in_lower_case_is_a_word_of_its_language() =>
        Assert.False(ForeignTextFilter.Keep(new EntitySpan(["Der", "Kuchen"], EntityKind.Person), s_gazetteer, s_lowerCase, s_none));

    [Theory]
    [InlineData(new[] { "Graz" }, EntityKind.Place)]
    [InlineData(new[] { "Austria" }, EntityKind.Place)]
    [InlineData(new[] { "Anna", "Berger" }, EntityKind.Person)]
    [InlineData(new[] { "ÖBB" }, EntityKind.Organisation)]
    public void A_known_place_a_first_name_or_an_acronym_is_kept(string[] tokens, EntityKind kind) =>
        Assert.True(ForeignTextFilter.Keep(new EntitySpan(tokens, kind), s_gazetteer, s_lowerCase, s_none));

    [Fact]
    public void A_town_the_text_writes_after_an_article_is_a_common_noun()
    {
        string[][] sentences = [["Am", "Ende", "des", "Tages", "war", "alles", "gut", "."], ["Sie", "fuhren", "nach", "Graz", "."]];
        var afterArticles = ForeignTextFilter.WordsAfterArticles(sentences);

        Assert.False(ForeignTextFilter.Keep(new EntitySpan(["Ende"], EntityKind.Place), s_gazetteer, s_lowerCase, afterArticles));
        Assert.True(ForeignTextFilter.Keep(new EntitySpan(["Graz"], EntityKind.Place), s_gazetteer, s_lowerCase, afterArticles));
    }

    [Fact]
    public void A_country_keeps_its_article()
    {
        var afterArticles = ForeignTextFilter.WordsAfterArticles([["Sie", "reisten", "in", "die", "Schweiz", "."]]);

        Assert.True(ForeignTextFilter.Keep(new EntitySpan(["Schweiz"], EntityKind.Place), s_gazetteer, s_lowerCase, afterArticles));
    }
}
