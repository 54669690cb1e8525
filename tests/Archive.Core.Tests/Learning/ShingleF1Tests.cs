using Archive.Core.Learning;

namespace Archive.Core.Tests.Learning;

public sealed class ShingleF1Tests
{
    [Fact]
    public void Tokens_are_runs_of_letters_numbers_and_underscores_with_case_kept()
    {
        Assert.Equal(["Don", "t", "stop_me", "3", "14", "naïve", "Ünïcode"], ShingleF1.Tokens("Don't stop_me: 3.14 — naïve Ünïcode!"));
    }

    [Fact]
    public void A_body_missing_its_last_word_has_full_precision_and_half_recall()
    {
        var counts = ShingleF1.Score(ShingleF1.Shingles("one two three four five"), "one two three four");

        var (f1, precision, recall) = ShingleF1.Of([counts]);

        Assert.Equal(1.0, precision, 9);
        Assert.Equal(0.5, recall, 9);
        Assert.Equal(2.0 / 3, f1, 9);
    }

    [Fact]
    public void Pages_weigh_the_same_and_F1_is_of_the_mean_precision_and_recall()
    {
        var exact = ShingleF1.Score(ShingleF1.Shingles("a b c d e f g"), "a b c d e f g");
        var wrong = ShingleF1.Score(ShingleF1.Shingles("a b c d"), "w x y z");
        var empty = ShingleF1.Score(ShingleF1.Shingles("a b c d e"), "");

        var (f1, precision, recall) = ShingleF1.Of([exact, wrong, empty]);

        Assert.Equal(0.5, precision, 9);
        Assert.Equal(1.0 / 3, recall, 9);
        Assert.Equal(2 * 0.5 * (1.0 / 3) / (0.5 + (1.0 / 3)), f1, 9);
    }

    [Fact]
    public void A_text_of_fewer_than_four_tokens_is_one_short_shingle()
    {
        var shingles = ShingleF1.Shingles("just two");

        Assert.Equal(1, Assert.Single(shingles).Value);
    }
}
