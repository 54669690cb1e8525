using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Ukraine crisis: US-Russia deadlock despite 'frank' talks", "ukraine-crisis-us-russia-deadlock-despite-frank-talks")]
    [InlineData("Café Müller öffnet", "cafe-muller-offnet")]
    [InlineData("Straße", "strasse")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("  --Hello   World--  ", "hello-world")]
    public void Slugs_are_lower_case_ascii_words_joined_by_hyphens(string title, string expected) =>
        Assert.Equal(expected, Slug.Of(title));

    [Theory]
    [InlineData("مرحبا بالعالم")]
    [InlineData("北京欢迎你")]
    [InlineData("🎉🎉")]
    [InlineData("")]
    public void Titles_without_latin_letters_get_a_stable_hashed_slug(string title)
    {
        var slug = Slug.Of(title, "article");

        Assert.Matches("^article-[0-9a-f]{8}$", slug);
        Assert.Equal(slug, Slug.Of(title, "article"));
    }

    [Fact]
    public void Long_titles_are_cut_without_a_trailing_hyphen()
    {
        var slug = Slug.Of(string.Join(' ', Enumerable.Repeat("word", 40)));

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }
}
