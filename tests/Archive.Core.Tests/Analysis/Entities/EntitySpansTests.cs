using Archive.Core.Analysis.Entities.Kinds;
using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Analysis.Entities.Text;
using Archive.Core.Analysis.Entities.Tagging;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class EntitySpansTests
{
    private static List<string> Spans(string sentence, params string[] tags) =>
        EntitySpans.FromLabels(sentence.Split(' '), tags.Select(NerLabels.Parse).ToArray()).Select(s => $"{s.Kind}:{s.Text}").ToList();

    [Fact]
    public void A_nationality_tagged_apart_opens_the_name_of_an_organisation_of_several_words()
    {
        var spans = Spans(
            "The Syrian Observatory for Human Rights said",
            "O", "B-MISC", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O");

        Assert.Equal(["Organisation:Syrian Observatory for Human Rights"], spans);
    }

    [Fact]
    public void Before_a_one_word_organisation_a_nationality_stays_a_qualifier()
    {
        var spans = Spans("Russian Gazprom raised prices", "B-MISC", "B-ORG", "O", "O");

        Assert.Equal(["Organisation:Gazprom"], spans);
    }

    [Fact]
    public void A_word_tagged_misc_that_is_no_nationality_is_left_out()
    {
        var spans = Spans("The Olympic Organising Committee met", "O", "B-MISC", "B-ORG", "I-ORG", "O");

        Assert.Equal(["Organisation:Organising Committee"], spans);
    }

    [Theory]
    [InlineData("He installed Python 3.8 today", 3)]
    [InlineData("a laptop with an Intel Core i7 chip", 6)]
    [InlineData("the Nvidia RTX 3080 card", 3)]
    [InlineData("the Stoxx 600 index fell", 2)]
    [InlineData("macOS Sierra 10.12.6", 2)]
    [InlineData("macOS Sierra V10.12", 2)]
    [InlineData("a Thunderbolt 3 port", 2)]
    public void A_version_or_a_model_number_after_a_name_numbers_a_product(string sentence, int at) =>
        Assert.True(ModelNumbers.At(sentence.Split(' '), at));

    [Theory]
    [InlineData("Chelsea 2 , Arsenal 1", 1)]
    [InlineData("Dundee Stars 3 Fife Flyers 2", 2)]
    [InlineData("Yorkshire 245 for 6", 1)]
    [InlineData("Yorkshire 301 all out", 1)]
    [InlineData("Essex 276 and 205", 1)]
    [InlineData("Celtics 110 to 99", 1)]
    [InlineData("Arsenal 2 nil", 1)]
    [InlineData("Tesla 1000 cars", 1)]
    [InlineData("Congress 2 weeks ago", 1)]
    [InlineData("Renault 12 mars", 1)]
    [InlineData("Apple 2019 results were strong", 1)]
    [InlineData("Tesla 20 percent up", 1)]
    [InlineData("Tesla 3.5 pct up", 1)]
    [InlineData("Apple 182.52 up", 1)]
    [InlineData("Siemens 78.50 marks", 1)]
    [InlineData("BBC 10.30 news", 1)]
    [InlineData("Bayern 12.03.2024", 1)]
    [InlineData("Apple Q3 results", 1)]
    [InlineData("Siemens H1 profit", 1)]
    [InlineData("Apple FY24 revenue", 1)]
    [InlineData("Mercedes F1 team", 1)]
    [InlineData("Arsenal U21 side", 1)]
    [InlineData("the G20 summit", 1)]
    [InlineData("Chelsea 2", 1)]
    [InlineData("Yankees 5 runs", 1)]
    [InlineData("Radio 1 listeners", 1)]
    [InlineData("Liverpool 2 up", 1)]
    [InlineData("AirPods 2 are", 1)]
    [InlineData("Malaysia Airlines MH370 vanished", 2)]
    [InlineData("Surrey T20 side", 1)]
    [InlineData("Chelsea U18s beat", 1)]
    [InlineData("Nintendo E3 showcase", 1)]
    [InlineData("Moody's Aa2 rating", 1)]
    [InlineData("ZDF 20.15 Uhr", 1)]
    [InlineData("Labour 33.7 , Conservatives", 1)]
    [InlineData("Ferrari 0.3 seconds", 1)]
    [InlineData("Renault 12 avril", 1)]
    [InlineData("PSG 3 contre", 1)]
    [InlineData("Google 200 staff", 1)]
    [InlineData("Schalke 04 striker", 1)]
    public void A_score_a_year_a_date_a_price_or_a_quantity_after_a_name_numbers_nothing(string sentence, int at) =>
        Assert.False(ModelNumbers.At(sentence.Split(' '), at));

    [Fact]
    public void The_tokenizer_keeps_a_version_and_a_score_whole()
    {
        var tokens = SentenceSplitter.SplitText("It runs Python 3.8 on an Intel Core i7 chip. Chelsea won 2-1 at home.")
            .SelectMany(s => s).Select(t => t.Text).ToList();

        Assert.Contains("3.8", tokens);
        Assert.Contains("i7", tokens);
        Assert.DoesNotContain("2", tokens);
    }

    [Fact]
    public void An_organisation_numbered_like_a_model_is_read_as_a_product_and_a_person_is_not()
    {
        var spans = EntitySpans.FromLabels(
            "Nvidia sells the RTX 3080 card and Ryan Blaney 12 finished".Split(' '),
            new[] { "B-ORG", "O", "O", "B-ORG", "O", "O", "O", "B-PER", "I-PER", "O", "O" }.Select(NerLabels.Parse).ToArray()).ToList();

        Assert.Equal(-1, spans[0].Reading);
        Assert.Equal(KindModel.Misc, spans[1].Reading);
        Assert.Equal(-1, spans[2].Reading);
    }
}
