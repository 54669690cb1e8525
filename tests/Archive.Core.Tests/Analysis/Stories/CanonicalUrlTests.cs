using Archive.Core.Analysis.Stories;

namespace Archive.Core.Tests.Analysis.Stories;

public sealed class CanonicalUrlTests
{
    [Theory]
    [InlineData("https://www.example.com/news/story-1/", "http://example.com/news/story-1")]
    [InlineData("https://example.com/news/story-1?utm_source=x&utm_medium=y", "https://example.com/news/story-1")]
    [InlineData("https://example.com/news/story-1?fbclid=abc#comments", "https://example.com/news/story-1")]
    [InlineData("https://m.example.com/news/story-1", "https://example.com/news/story-1")]
    [InlineData("https://amp.example.com/news/story-1", "https://example.com/news/story-1")]
    [InlineData("https://example.com/amp/news/story-1", "https://example.com/news/story-1")]
    [InlineData("https://example.com/news/story-1/amp/", "https://example.com/news/story-1")]
    [InlineData("https://example.com/news/story-1.amp.html", "https://example.com/news/story-1.html")]
    [InlineData("https://example.com/news/?b=2&a=1", "https://example.com/news?a=1&b=2")]
    public void Variants_of_one_page_share_a_key(string variant, string plain) =>
        Assert.Equal(CanonicalUrl.Key(plain), CanonicalUrl.Key(variant));

    [Theory]
    [InlineData("https://example.com/news/story-1", "https://example.com/news/story-2")]
    [InlineData("https://example.com/news?id=1", "https://example.com/news?id=2")]
    [InlineData("https://example.com/news/story-1", "https://example.org/news/story-1")]
    public void Different_pages_keep_different_keys(string a, string b) =>
        Assert.NotEqual(CanonicalUrl.Key(a), CanonicalUrl.Key(b));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/file")]
    [InlineData("/relative/path")]
    public void Anything_but_a_web_url_has_no_key(string? text) => Assert.Null(CanonicalUrl.Key(text));

    [Fact]
    public void The_host_drops_www() => Assert.Equal("example.com", CanonicalUrl.HostOf("https://WWW.Example.com/x"));
}
