using Archive.Core.Analysis.Sources;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Sources;

public sealed class SourceResolverTests
{
    [Theory]
    [InlineData("© 2019 Valley Courier Media, Inc. All rights reserved.", "Valley Courier Media")]
    [InlineData("Copyright 2005 - 2021 Harbour Press Ltd", "Harbour Press")]
    [InlineData("Riverside Daily 2017", "Riverside Daily")]
    [InlineData("by Feldweg Verlag GmbH", "Feldweg Verlag")]
    [InlineData("Lakeshore Post, LLC", "Lakeshore Post")]
    [InlineData("https://www.plainsherald.co.uk/news/", "plainsherald.co.uk")]
    [InlineData("Northern Gazette", "Northern Gazette")]
    [InlineData("www.plainsherald.fr", "plainsherald.fr")]
    public void A_publisher_name_loses_copyright_years_and_legal_form(string raw, string expected) =>
        Assert.Equal(expected, SourceNameCleaner.Clean(raw));

    [Theory]
    [InlineData("© 2020")]
    [InlineData("Copyright")]
    [InlineData("All rights reserved.")]
    [InlineData("Hosted")]
    [InlineData("Home Page")]
    [InlineData("httpstwittercomexample")]
    public void A_notice_without_a_name_is_no_source(string raw) => Assert.Null(SourceNameCleaner.Clean(raw));

    [Theory]
    [InlineData("© Harbour Press", true)]
    [InlineData("Harbour Press 2018", true)]
    [InlineData("Harbour Press Ltd.", true)]
    [InlineData("Harbour Press", false)]
    public void A_claim_with_a_copyright_sign_year_or_legal_form_is_a_copyright_line(string raw, bool expected) =>
        Assert.Equal(expected, SourceNameCleaner.IsCopyrightLine(raw));

    [Fact]
    public void Subdomains_of_a_platform_that_name_themselves_differently_are_different_sources()
    {
        var articles = Resolve(
            Page("a", "https://knitting.blogs.example/one", "Knitting Notes"),
            Page("b", "https://knitting.blogs.example/two", "Knitting Notes"),
            Page("c", "https://birds.blogs.example/three", "Birds of the Fen"),
            Page("d", "https://quiet.blogs.example/four", null));

        Assert.Equal(["Knitting Notes", "Knitting Notes", "Birds of the Fen", "quiet.blogs.example"], articles.Select(a => a.SourceName));
    }

    [Fact]
    public void Subdomains_that_name_themselves_nothing_are_not_merged_under_the_platform()
    {
        var articles = Resolve(
            Page("a", "https://knitting.blogs.example/one", null),
            Page("b", "https://birds.blogs.example/two", null),
            Page("c", "https://answers.blogs.example/three", "Fen Answers"));

        Assert.Equal(["knitting.blogs.example", "birds.blogs.example", "Fen Answers"], articles.Select(a => a.SourceName));
    }

    [Fact]
    public void Subdomains_that_agree_on_a_name_are_one_source()
    {
        var articles = Resolve(
            Page("a", "https://edition.harbour-news.example/one", "Harbour News"),
            Page("b", "https://www.harbour-news.example/two", "Harbour News"),
            Page("c", "https://sport.harbour-news.example/three", null));

        Assert.All(articles, a => Assert.Equal("Harbour News", a.SourceName));
    }

    [Fact]
    public void A_name_matching_the_host_beats_a_more_used_legal_or_parent_name()
    {
        var articles = Resolve(
            Page("a", "https://www.plainsherald.example/one", "Plains Media Holdings"),
            Page("b", "https://www.plainsherald.example/two", "Plains Media Holdings"),
            Page("c", "https://www.plainsherald.example/three", "Plains Herald"));

        Assert.All(articles, a => Assert.Equal("Plains Herald", a.SourceName));
    }

    [Fact]
    public void A_copyright_line_does_not_name_a_host_whose_name_it_does_not_match()
    {
        var articles = Resolve(
            Page("a", "https://www.plainsherald.example/one", "© 2018 Prairie Holdings, Inc."),
            Page("b", "https://www.plainsherald.example/two", "Prairie Holdings 2019"));

        Assert.All(articles, a => Assert.Equal("plainsherald.example", a.SourceName));
    }

    [Fact]
    public void A_wayback_copy_counts_under_the_host_it_copied()
    {
        var articles = Resolve(
            Page("a", "https://web.archive.org/web/20160101000000/http://www.fen-diary.example/2015/x", "Fen Diary"),
            Page("b", "https://web.archive.org/web/20170101000000/http://meadow-notes.example/2016/y", "Meadow Notes"));

        Assert.Equal(["Fen Diary", "Meadow Notes"], articles.Select(a => a.SourceName));
    }

    [Fact]
    public void A_text_dump_whose_name_matches_one_host_takes_that_sources_name()
    {
        var articles = Resolve(
            Page("a.html", "https://www.plainsherald.example/one", "The Plains Herald"),
            new Article { SourcePath = "b.txt", Title = "Another story", SourceName = "Plainsherald Media Group" });

        Assert.Equal("The Plains Herald", articles[1].SourceName);
    }

    [Fact]
    public void Pages_of_one_host_share_its_most_used_name()
    {
        var articles = Resolve(
            Page("a", "https://www.harbour-news.example/one", "Harbour News"),
            Page("b", "https://harbour-news.example/two", "Harbour News"),
            Page("c", "https://www.harbour-news.example/three", "Harbour News 2016"));

        Assert.All(articles, a => Assert.Equal("Harbour News", a.SourceName));
    }

    [Fact]
    public void A_parent_company_named_by_two_mastheads_is_replaced_by_each_host()
    {
        var articles = Resolve(
            Page("a", "https://www.valley-times.example/x", "Big Holding Communications"),
            Page("b", "https://www.coast-post.example/y", "Big Holding Communications"));

        Assert.Equal(["valley-times.example", "coast-post.example"], articles.Select(a => a.SourceName));
    }

    [Fact]
    public void A_text_dump_takes_the_source_of_the_saved_page_with_its_title()
    {
        var title = "Council approves the new harbour bridge after long debate";
        var articles = Resolve(
            Page("story.html", "https://www.harbour-news.example/bridge", "Harbour News") with { Title = title },
            new Article { SourcePath = "story.txt", Title = title + ".", SourceName = "Harbour Media Group Ltd" });

        Assert.Equal("Harbour News", articles[1].SourceName);
    }

    [Fact]
    public void A_text_dump_takes_the_source_of_the_host_whose_page_prints_its_paragraph()
    {
        var paragraph = "The harbour council voted on Thursday evening to approve the long-delayed bridge across the inlet, ending a decade of debate.";
        var articles = Resolve(
            Page("story.html", "https://www.harbour-news.example/bridge", "Harbour News") with { Title = "Bridge approved", Body = [new Block(BlockKind.Paragraph, paragraph)] },
            new Article { SourcePath = "story.txt", Title = "Harbour bridge: council says yes", SourceName = "Harbour Media Group Ltd", Body = [new Block(BlockKind.Paragraph, paragraph)] });

        Assert.Equal("Harbour News", articles[1].SourceName);
    }

    [Fact]
    public void Acronym_and_full_name_of_a_known_agency_are_one_source()
    {
        var articles = Resolve(
            new Article { SourcePath = "a", SourceName = "The Associated Press" },
            new Article { SourcePath = "b", SourceName = "AP" });

        Assert.Equal(["Associated Press", "Associated Press"], articles.Select(a => a.SourceName));
    }

    [Fact]
    public void Site_aliases_merge_a_publisher_the_table_does_not_know()
    {
        var articles = SourceResolver.Apply(
            [new Article { SourcePath = "a", SourceName = "NG" }, new Article { SourcePath = "b", SourceName = "The Northern Gazette" }],
            new Dictionary<string, string> { ["NG"] = "Northern Gazette" });

        Assert.Equal(["Northern Gazette", "Northern Gazette"], articles.Select(a => a.SourceName));
    }

    private static IReadOnlyList<Article> Resolve(params Article[] articles) => SourceResolver.Apply(articles);

    private static Article Page(string path, string url, string? source) =>
        new() { SourcePath = path, CanonicalUrl = url, SourceName = source, Title = path };
}
