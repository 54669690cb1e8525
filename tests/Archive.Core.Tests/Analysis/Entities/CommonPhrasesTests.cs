using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class CommonPhrasesTests
{
    private static CommonPhrases Of(params string[] sentences) =>
        new(sentences.Select(s => s.Split(' ')).ToList(), Gazetteer.Default);

    private static EntitySpan Span(string text, EntityKind kind) => new(text.Split(' '), kind);

    [Fact]
    public void A_heading_over_text_that_writes_the_phrase_in_lower_case_is_a_phrase()
    {
        var article = Of(
            "7 . Additional Terms .",
            "You may add additional terms to the licence .",
            "The additional terms must be stated .");

        Assert.True(article.IsCommon(Span("Additional Terms", EntityKind.Organisation)));
    }

    [Fact]
    public void A_name_written_with_capitals_more_often_than_without_is_a_name()
    {
        var article = Of(
            "Voters backed Labour in the north .",
            "The labour market was tight , and Labour said so .",
            "Polls put Labour ahead .");

        Assert.False(article.IsCommon(Span("Labour", EntityKind.Organisation)));
    }

    [Fact]
    public void Capitals_that_open_a_sentence_are_no_evidence_of_a_name()
    {
        var article = Of(
            "Government ministers met on Monday .",
            "The government said nothing .");

        Assert.True(article.IsCommon(Span("Government", EntityKind.Organisation)));
    }

    [Fact]
    public void A_name_the_article_never_writes_in_lower_case_is_a_name()
    {
        var article = Of(
            "He met officials of the Department of Public Safety .",
            "The department said public safety came first .");

        Assert.False(article.IsCommon(Span("Department of Public Safety", EntityKind.Organisation)));
    }

    [Fact]
    public void A_person_without_a_first_name_whose_every_word_the_article_writes_in_lower_case_is_a_phrase()
    {
        var article = Of(
            "Swim Results",
            "The results of the swim were posted .",
            "Jane Doe said the results were good .");

        Assert.True(article.IsCommon(Span("Swim Results", EntityKind.Person)));
        Assert.False(article.IsCommon(Span("Jane Doe", EntityKind.Person)));
    }

    [Fact]
    public void A_person_with_a_first_name_stays_whatever_the_words()
    {
        var article = Of(
            "Mark Young spoke .",
            "The young mark their exams .");

        Assert.False(article.IsCommon(Span("Mark Young", EntityKind.Person)));
    }

    [Fact]
    public void An_acronym_or_a_word_with_inner_capitals_is_never_a_phrase()
    {
        var article = Of("The us of it .", "Sales of the iphone fell .", "US officials and the iPhone .");

        Assert.False(article.IsCommon(Span("US", EntityKind.Place)));
        Assert.False(article.IsCommon(Span("iPhone", EntityKind.Organisation)));
    }

    [Fact]
    public void A_word_in_capitals_the_article_also_writes_in_lower_case_is_emphasis_not_an_acronym()
    {
        var article = Of(
            "Watch the final LIVE tonight .",
            "We will be live from the stadium .");

        Assert.True(article.IsCommon(Span("LIVE", EntityKind.Organisation)));
    }

    [Fact]
    public void An_acronym_never_written_in_lower_case_stays_a_name()
    {
        var article = Of(
            "The NWRA said the river was rising .",
            "Its report came from the NWRA office .");

        Assert.False(article.IsCommon(Span("NWRA", EntityKind.Organisation)));
    }

    [Fact]
    public void A_short_word_in_capitals_is_not_taken_for_emphasis()
    {
        // Three letters are as often an acronym as a word: "AIM" the market beside the verb "aim".
        var article = Of(
            "Shares listed on AIM rose .",
            "The aim is to grow .");

        Assert.False(article.IsCommon(Span("AIM", EntityKind.Organisation)));
    }
}
