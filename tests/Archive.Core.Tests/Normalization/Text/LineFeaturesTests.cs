using Archive.Core.Normalization.Text;

namespace Archive.Core.Tests.Normalization.Text;

public sealed class LineFeaturesTests
{
    [Theory]
    [InlineData("Mukesh SinghNo remorse", 1)]
    [InlineData("Before and after shotsPerfect body", 1)]
    [InlineData("Pre-Workout Meal", 0)]
    [InlineData("The iPhone and eBay were mentioned", 0)]
    [InlineData("Ukraine crisis: US-Russia deadlock despite 'frank' talks", 0)]
    public void Words_glued_across_page_elements_are_counted(string line, int glued)
    {
        Assert.Equal(glued, LineFeatures.Of(line).GluedJoins);
    }

    [Theory]
    [InlineData("He said he had stressed that no decision on the future could be made without them.", 0.4)]
    [InlineData("Die Arbeiten sollen im nächsten Jahr beginnen und etwa vier Jahre dauern, sagte er.", 0.3)]
    public void Prose_is_dense_in_function_words(string line, double atLeast)
    {
        Assert.True(LineFeatures.Of(line).StopWordDensity >= atLeast);
    }

    [Fact]
    public void Navigation_has_no_function_words()
    {
        Assert.Equal(0, LineFeatures.Of("Politics Business Technology Science").StopWords);
    }

    [Theory]
    [InlineData("It ended.", true)]
    [InlineData("\"It ended.\"", true)]
    [InlineData("Differences of opinion", false)]
    public void Terminal_punctuation_is_seen_through_closing_quotes(string line, bool terminal)
    {
        Assert.Equal(terminal, LineFeatures.Of(line).EndsTerminal);
    }

    [Theory]
    [InlineData("1. Cover the beds", true, true)]
    [InlineData("• Cover the beds", true, false)]
    [InlineData("2019 was a good year", false, false)]
    public void List_marks_are_recognised(string line, bool list, bool ordered)
    {
        var features = LineFeatures.Of(line);

        Assert.Equal(list, features.ListMark);
        Assert.Equal(ordered, features.OrderedMark);
    }
}
