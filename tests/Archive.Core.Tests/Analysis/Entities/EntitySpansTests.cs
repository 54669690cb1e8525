using Archive.Core.Analysis.Entities.Resolution;
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
}
