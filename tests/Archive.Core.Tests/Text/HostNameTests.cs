using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public sealed class HostNameTests
{
    [Theory]
    [InlineData("https://www.example.co.uk/news/1", "example.co.uk")]
    [InlineData("https://edition.example.com/a", "edition.example.com")]
    [InlineData("https://web.archive.org/web/20180102030405/http://www.old-blog.example/2017/post/", "old-blog.example")]
    [InlineData("https://web.archive.org/about/", "web.archive.org")]
    public void A_url_gives_the_host_that_published_the_page(string url, string expected) =>
        Assert.Equal(expected, HostName.OfUrl(url));

    [Theory]
    [InlineData("mailto:desk@example.com")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void Anything_but_a_web_address_has_no_host(string? url) => Assert.Null(HostName.OfUrl(url));

    [Theory]
    [InlineData("news.example.co.uk", "example.co.uk", "example")]
    [InlineData("edition.example.com", "example.com", "example")]
    [InlineData("example.org", "example.org", "example")]
    public void A_host_has_a_registrable_domain_and_a_naming_label(string host, string registrable, string label)
    {
        Assert.Equal(registrable, HostName.Registrable(host));
        Assert.Equal(label, HostName.Label(HostName.Registrable(host)));
    }

    [Theory]
    [InlineData("Example", "www.example.com", "Exact")]
    [InlineData("The Example", "theexample.com", "Exact")]
    [InlineData("example.com", "news.example.com", "Exact")]
    [InlineData("Exámple", "example.com", "Exact")]
    [InlineData("Example News", "example.com", "Partial")]
    [InlineData("Example Broadcasting Company", "ebc.example", "Partial")]
    [InlineData("Daily Example", "example.com", "Partial")]
    [InlineData("Los Angeles Fen Times", "lafentimes.example", "Partial")]
    [InlineData("Fen 5 North-West Wash", "fennww.example", "Partial")]
    [InlineData("Fen Valley Today", "fenvalleytodaynews.example", "Partial")]
    [InlineData("Überblick", "ueberblick.example", "Exact")]
    [InlineData("24 Канал", "24tv.example", "Partial")]
    [InlineData("Fen Valley", "fvwatch.example", "None")]
    [InlineData("Fen Media", "fmas.example", "None")]
    [InlineData("U.S.", "example.com", "None")]
    [InlineData("Big Holding Communications", "example.com", "None")]
    [InlineData("Section", "section.example.com", "None")]
    public void A_name_matches_its_host_by_letters(string name, string host, string expected) =>
        Assert.Equal(expected, HostAgreement.Of(name, host).ToString());
}
