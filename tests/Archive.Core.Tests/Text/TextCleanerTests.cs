using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData("plain title", "plain title")]
    [InlineData("a\u202Ebc\u202C", "abc")]
    [InlineData("\u2067abc\u2069 d", "abc d")]
    [InlineData("zero\u200Bwidth\u2060joined\uFEFF", "zerowidthjoined")]
    [InlineData("Ukr\u200Daine", "Ukraine")]
    [InlineData("Auf\u200Clage", "Auflage")]
    [InlineData("\u200Dleading and trailing\u200C", "leading and trailing")]
    [InlineData("\u05E9\u05DC\u05D5\u05DD \u200Fabc", "\u05E9\u05DC\u05D5\u05DD \u200Fabc")]
    [InlineData("\u0915\u094D\u200D\u0937", "\u0915\u094D\u200D\u0937")]
    [InlineData("\u2764\uFE0F\u200D\U0001F525", "\u2764\uFE0F\u200D\U0001F525")]
    [InlineData("\u202E\u200B \u200E\u3164", "")]
    public void Labels_lose_invisible_characters_that_disguise_them(string text, string expected) =>
        Assert.Equal(expected, TextCleaner.CleanLabel(text));

    [Fact]
    public void A_clean_label_is_returned_as_is() =>
        Assert.Same("A clean title", TextCleaner.CleanLabel("A clean title"));
}
