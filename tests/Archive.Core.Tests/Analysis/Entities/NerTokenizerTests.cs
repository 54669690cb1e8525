using Archive.Core.Analysis.Entities.Text;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class NerTokenizerTests
{
    private static string[] Tokens(string text) => NerTokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    [Fact]
    public void Possessives_and_punctuation_are_separate_tokens()
    {
        Assert.Equal(["Mr", "Kerry", "'s", "plan", ",", "he", "said", "."], Tokens("Mr Kerry's plan, he said."));
    }

    [Fact]
    public void Curly_quotes_become_straight_and_split_off()
    {
        Assert.Equal(["\"", "frank", "\"", "talks", "with", "Lavrov", "'s", "team"], Tokens("“frank” talks with Lavrov’s team"));
    }

    [Fact]
    public void Abbreviations_initials_and_hyphenated_words_stay_whole()
    {
        Assert.Equal(["U.S.", "envoy", "J.", "Smith", "of", "Acme", "Inc.", "met", "pro-Russian", "groups", "."],
            Tokens("U.S. envoy J. Smith of Acme Inc. met pro-Russian groups."));
    }

    [Fact]
    public void Plural_possessive_apostrophe_is_split()
    {
        Assert.Equal(["the", "Americans", "'", "view"], Tokens("the Americans' view"));
    }

    [Fact]
    public void Token_offsets_point_into_the_source()
    {
        const string text = "In Kiev, talks";

        var kiev = NerTokenizer.Tokenize(text)[1];

        Assert.Equal("Kiev", text.Substring(kiev.Start, kiev.Length));
    }

    [Fact]
    public void Sentences_end_at_full_stops_before_a_capital_but_not_after_abbreviations()
    {
        var sentences = SentenceSplitter.SplitText("Mr. Kerry met Mr. Lavrov in Paris. They talked. \"It went well.\" He left.");

        Assert.Equal(4, sentences.Count);
        Assert.Equal("Paris", sentences[0][^2].Text);
        Assert.Equal("\"", sentences[2][^1].Text);
    }
}
