using Archive.Core.Analysis.Stories;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Stories;

public sealed class StoryGroupingTests
{
    private static readonly string Talks = Words("talks", 120);
    private static readonly string Floods = Words("floods", 120);

    [Fact]
    public void Captures_with_one_canonical_url_are_one_story_whatever_their_bodies()
    {
        var groups = StoryGrouping.Group([
            Capture("a.html", Talks, url: "https://www.example.com/talks/"),
            Capture("b.html", Floods, url: "http://example.com/talks?utm_source=feed"),
        ]);

        Assert.Single(groups.Stories);
    }

    [Fact]
    public void A_text_dump_without_url_finds_its_saved_page_though_it_carries_page_noise()
    {
        var noise = Words("menu", 400);
        var groups = StoryGrouping.Group([
            Capture("story.html", Talks, url: "https://example.com/talks", source: "Example News", format: CaptureFormat.Html),
            Capture("story.txt", noise + " " + Talks + " " + noise, title: "Home | Example", source: "Example Media Ltd All Rights Reserved"),
        ]);

        var story = Assert.Single(groups.Stories);
        Assert.Equal(0, story.Best);
    }

    [Fact]
    public void Unrelated_captures_stay_apart()
    {
        var groups = StoryGrouping.Group([Capture("a.txt", Talks), Capture("b.txt", Floods)]);

        Assert.Equal(2, groups.Stories.Count);
        Assert.Empty(groups.Syndicated);
    }

    [Fact]
    public void The_same_text_under_two_publishers_is_linked_not_merged()
    {
        var groups = StoryGrouping.Group([
            Capture("a.html", Talks, url: "https://one.example/talks"),
            Capture("b.html", Talks + " Reported by the wire.", url: "https://two.example/world/talks"),
        ]);

        Assert.Equal(2, groups.Stories.Count);
        Assert.Equal([(0, 1)], groups.Syndicated);
    }

    [Fact]
    public void A_chain_of_matches_never_joins_two_publishers()
    {
        // The dump has no URL, so it may join either page; it joins one, and the pages stay apart.
        var groups = StoryGrouping.Group([
            Capture("a.html", Talks, url: "https://one.example/talks"),
            Capture("b.html", Talks, url: "https://two.example/talks"),
            Capture("c.txt", Talks + " Share this."),
        ]);

        Assert.Equal(2, groups.Stories.Count);
        Assert.DoesNotContain(groups.Stories, s => s.Captures.Contains(0) && s.Captures.Contains(1));
    }

    [Fact]
    public void A_text_dump_named_after_another_site_in_the_archive_is_linked_to_a_page_of_the_same_text_not_merged()
    {
        // The Herald's own pages are on herald.example, so a dump that names the Herald and carries Meridian's text is
        // the Herald's copy of it (syndication), not a capture of Meridian's page.
        var groups = StoryGrouping.Group([
            Capture("herald/floods.html", Floods, title: "Floods return", url: "https://www.herald.example/floods", source: "Coastline Herald", format: CaptureFormat.Html),
            Capture("meridian/talks.html", Talks, url: "https://meridian.example/talks", source: "Meridian Daily", format: CaptureFormat.Html),
            Capture("herald/talks.txt", Talks + " Share this page.", source: "Coastline Herald"),
        ]);

        Assert.Equal(3, groups.Stories.Count);
        Assert.Equal([(1, 2)], groups.Syndicated);
    }

    [Fact]
    public void A_text_dump_named_after_a_subdomain_of_the_page_s_site_joins_the_page()
    {
        var groups = StoryGrouping.Group([
            Capture("herald/floods.html", Floods, title: "Floods return", url: "https://news.herald.example/floods", source: "Coastline Herald", format: CaptureFormat.Html),
            Capture("herald/talks.html", Talks, url: "https://herald.example/talks", source: "Herald", format: CaptureFormat.Html),
            Capture("herald/talks.txt", Talks + " Share this page.", source: "Coastline Herald"),
        ]);

        Assert.Equal(2, groups.Stories.Count);
        Assert.Contains(groups.Stories, s => s.Captures.SequenceEqual([1, 2]));
    }

    [Fact]
    public void Exact_duplicates_are_reported_as_such()
    {
        var groups = StoryGrouping.Group([Capture("a.txt", Talks), Capture("copy/a.txt", Talks)]);

        var story = Assert.Single(groups.Stories);
        Assert.Equal(new Dictionary<int, int> { [1] = 0 }, story.Duplicates);
    }

    [Fact]
    public void Bodies_too_short_to_tell_apart_are_not_merged_by_text()
    {
        var groups = StoryGrouping.Group([Capture("a.txt", "Read more here today."), Capture("b.txt", "Read more here today!")], StoryOptions.Default);

        Assert.Equal(2, groups.Stories.Count);
    }

    [Fact]
    public void The_grouping_does_not_depend_on_the_order_of_captures()
    {
        var captures = new[]
        {
            Capture("a.html", Talks, url: "https://one.example/talks", format: CaptureFormat.Html),
            Capture("a.txt", Talks + " Share this."),
            Capture("b.txt", Floods),
            Capture("c.html", Floods + " More.", url: "https://two.example/floods", format: CaptureFormat.Html),
            Capture("d.html", Talks, url: "https://two.example/talks", format: CaptureFormat.Html),
        };
        string Describe(IReadOnlyList<Article> list, StoryGroups g) =>
            string.Join(";", g.Stories.Select(s => $"{list[s.Best].SourcePath}<{string.Join(",", s.Captures.Select(i => list[i].SourcePath).Order(StringComparer.Ordinal))}>"))
            + "|" + string.Join(";", g.Syndicated.Select(l => $"{list[g.Stories[l.Story].Best].SourcePath}~{list[g.Stories[l.Other].Best].SourcePath}"));

        var forward = Describe(captures, StoryGrouping.Group(captures));
        var reversed = captures.Reverse().ToArray();

        Assert.Equal(forward, Describe(reversed, StoryGrouping.Group(reversed)));
        Assert.Contains("a.html<a.html,a.txt>", forward, StringComparison.Ordinal);
    }

    [Fact]
    public void The_anchor_is_the_earliest_capture_so_a_later_one_never_moves_the_permalink()
    {
        var first = Capture("b.html", Talks, url: "https://example.com/talks", captured: new DateOnly(2020, 1, 1));
        var later = Capture("a.html", Talks + " Updated with reaction.", url: "https://example.com/talks", captured: new DateOnly(2020, 2, 1), byline: "A. Writer");

        var story = Assert.Single(StoryGrouping.Group([first, later]).Stories);

        Assert.Equal(0, story.Anchor);
        Assert.Equal(1, story.Best);
    }

    [Fact]
    public void Evaluation_counts_missed_pairs_and_false_merges()
    {
        var articles = new[] { Capture("x.html", Talks), Capture("x.txt", Floods), Capture("y.txt", Talks + " More.") };

        var score = StoryEvaluation.Of(articles, StoryGrouping.Group(articles), a => Path.ChangeExtension(a.SourcePath, null));

        Assert.Equal((1, 1, 1), (score.TruePairs, score.MissedPairs, score.FalseMerges));
    }

    [Fact]
    public void Link_evaluation_counts_linked_copies_and_false_links()
    {
        var articles = new[] { Capture("a.html", Talks, url: "https://one.example/talks"), Capture("b.html", Talks + " Wire.", url: "https://two.example/talks") };
        var groups = StoryGrouping.Group(articles);

        var right = LinkEvaluation.Of(articles, groups, i => ("talks", i == 0 ? "one" : "two"), i => i == 1);
        var wrong = LinkEvaluation.Of(articles, groups, i => (i == 0 ? "talks" : "floods", i == 0 ? "one" : "two"), i => i == 1);

        Assert.Equal((1, 1, 1, 0, 1, 0), (right.Copies, right.Expected, right.Linked, right.Merged, right.Links, right.FalseLinks));
        Assert.Equal((1, 0, 0, 0, 1, 1), (wrong.Copies, wrong.Expected, wrong.Linked, wrong.Merged, wrong.Links, wrong.FalseLinks));
    }

    private static Article Capture(string path, string body, string title = "Talks resume", string? url = null, string? source = null,
        CaptureFormat format = CaptureFormat.Text, DateOnly? captured = null, string? byline = null) =>
        new()
        {
            SourcePath = path,
            Title = title,
            Body = [new Block(BlockKind.Paragraph, body)],
            CanonicalUrl = url,
            SourceName = source,
            Format = format,
            Captured = captured,
            Byline = byline,
        };

    private static string Words(string stem, int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => $"{stem}{i * 7919 % 1000}"));
}
