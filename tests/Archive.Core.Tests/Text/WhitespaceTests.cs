using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public sealed class WhitespaceTests
{
    [Theory]
    [InlineData("  two\t\tspaces \n", "two spaces")]
    [InlineData("no\u00A0break\u2028line", "no break line")]
    [InlineData("\u3000ideographic\u3000space\u3000", "ideographic space")]
    [InlineData("   ", "")]
    [InlineData("", "")]
    public void Runs_of_white_space_become_one_space_and_none_at_the_ends(string text, string expected)
    {
        Assert.Equal(expected, Whitespace.Collapse(text));
        Assert.Equal(expected, Whitespace.Collapse(text.AsSpan()));
    }

    [Fact]
    public void A_collapsed_text_is_returned_as_is()
    {
        const string text = "Already one space apart";
        Assert.Same(text, Whitespace.Collapse(text));
    }

    [Theory]
    [InlineData(" zero\u200Bwidth  soft\u00ADhyphen\u0007 ", "zerowidth softhyphen")]
    [InlineData("\u200B\u00A0\uFEFF", "")]
    [InlineData(null, "")]
    public void Visible_collapse_also_drops_characters_that_carry_no_text(string? text, string expected) =>
        Assert.Equal(expected, Whitespace.CollapseVisible(text));

    [Theory]
    [InlineData("", 0)]
    [InlineData("one", 1)]
    [InlineData("it's a well-known 2014 fact", 7)]
    [InlineData("— … —", 0)]
    [InlineData("Zürich, São Paulo", 3)]
    [InlineData("कृषि मंत्री ने कहा", 4)]
    [InlineData("Zu\u0308rich", 1)]
    [InlineData("\u0301 alone", 1)]
    public void Words_are_runs_of_letters_or_digits(string text, int expected) =>
        Assert.Equal(expected, Words.Count(text));
}
