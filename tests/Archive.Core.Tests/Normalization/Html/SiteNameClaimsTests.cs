using Archive.Core.Normalization.Html;

namespace Archive.Core.Tests.Normalization.Html;

public sealed class SiteNameClaimsTests
{
    [Fact]
    public void A_handle_that_is_the_host_name_beats_a_section_given_as_site_name() =>
        Assert.Equal("Examplewire", SiteNameClaims.Choose(["U.S."], "@Examplewire", "https://www.examplewire.com/world/story"));

    [Fact]
    public void A_name_matching_the_host_beats_an_earlier_one_that_does_not() =>
        Assert.Equal("Example", SiteNameClaims.Choose(["Economy", "Example"], null, "https://economy.example.com.br/x"));

    [Fact]
    public void A_handle_that_is_not_the_host_name_is_no_claim()
    {
        Assert.Null(SiteNameClaims.Choose([], "@example_tweets", "https://www.example.com/x"));
        Assert.Equal("Example Daily", SiteNameClaims.Choose(["Example Daily"], "https://twitter.com/other_account", "https://www.example.com/x"));
    }

    [Fact]
    public void Without_an_address_the_first_name_is_kept()
    {
        Assert.Equal("Section", SiteNameClaims.Choose(["Section", "Example"], "@Example", null));
        Assert.Equal("Example", SiteNameClaims.Choose([null, " "], "@Example", null));
    }

    [Fact]
    public void A_name_of_several_words_that_does_not_match_the_host_stays_over_the_handle() =>
        Assert.Equal("Central German Gazette", SiteNameClaims.Choose(["Central German Gazette"], "@cgzweb", "https://www.cgzweb.example/a"));

    [Fact]
    public void A_twitter_site_that_is_a_name_is_a_name() =>
        Assert.Equal("Fen Ministry of Drainage", SiteNameClaims.Choose([], "Fen Ministry of Drainage", "https://www.fmd.example/a"));
}
