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
    public void A_text_dump_named_after_an_agency_that_other_sites_credit_joins_the_page_of_its_text()
    {
        // The agency has pages of its own, as the Herald does above, but Meridian's page credits it as its story's origin:
        // a name other sites print as a credit ("(Capital Wire) -") may be any client's credit line read as a publisher.
        var groups = StoryGrouping.Group([
            Capture("wire/floods.html", Floods, title: "Floods return", url: "https://www.capitalwire.example/floods", source: "Capital Wire", format: CaptureFormat.Html),
            Capture("meridian/talks.html", "KESTREL BAY, March 3 (Capital Wire) - " + Talks, url: "https://meridian.example/talks", source: "Meridian Daily", format: CaptureFormat.Html),
            Capture("meridian/talks.txt", "KESTREL BAY, March 3 (Capital Wire) - " + Talks + " Share this page.", source: "Capital Wire"),
        ]);

        Assert.Equal(2, groups.Stories.Count);
        Assert.Contains(groups.Stories, s => s.Captures.SequenceEqual([1, 2]));
        Assert.Empty(groups.Syndicated);
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
    public void A_saved_page_joins_the_text_dump_whose_whole_text_holds_it_though_the_dump_s_body_is_another_block()
    {
        // The dump's reader kept a "related stories" rail as the body; the article is still in the dump's whole text.
        var rail = Words("related", 80);
        var page = Capture("talks.txt", rail, title: "Related stories") with { PageSample = PageSample.Of(Words("menu", 300) + " " + Talks + " " + rail) };
        var saved = Capture("talks.html", Talks, url: "https://example.com/talks", source: "Example News", format: CaptureFormat.Html);

        Assert.Single(StoryGrouping.Group([saved, page]).Stories);
        Assert.Equal(2, StoryGrouping.Group([saved, page with { PageSample = [] }]).Stories.Count);
    }

    [Fact]
    public void A_body_that_many_dumps_hold_is_site_template_and_joins_none_of_them()
    {
        // A saved page whose reader kept the site's comment form as the body: every dump of the site holds that text.
        var form = Words("comment", 60);
        var dumps = Enumerable.Range(0, 3).Select(i =>
        {
            var own = Words($"story{i}x", 100);
            return Capture($"site/{i}.txt", own, title: $"Story number {i} today") with { PageSample = PageSample.Of(own + " " + form) };
        });
        var saved = Capture("site/form.html", form, title: "Leave a comment on this", url: "https://site.example/form", format: CaptureFormat.Html);

        var groups = StoryGrouping.Group([saved, .. dumps]);

        Assert.Equal(4, groups.Stories.Count);
    }

    [Fact]
    public void A_dump_s_whole_text_never_joins_two_pages_of_different_addresses()
    {
        // The dump's body matched one page by text; its whole text holds another page's body (with another URL).
        var other = Words("budget", 100);
        var dump = Capture("site/b.txt", Talks, title: "Budget passes") with { PageSample = PageSample.Of(Words("nav", 50) + " " + other) };
        var groups = StoryGrouping.Group([
            Capture("site/a.html", Talks, url: "https://site.example/talks", format: CaptureFormat.Html),
            Capture("site/b.html", other, title: "Budget passes", url: "https://site.example/budget", format: CaptureFormat.Html),
            dump,
        ]);

        Assert.Equal(2, groups.Stories.Count);
        Assert.DoesNotContain(groups.Stories, s => s.Captures.Contains(0) && s.Captures.Contains(1));
        Assert.Contains(groups.Stories, s => s.Captures.SequenceEqual([0, 2]));
    }

    [Fact]
    public void A_body_too_short_to_compare_joins_the_one_other_capture_of_its_headline_and_publisher()
    {
        var saved = Capture("rates.html", Talks, title: "Central bank holds rates steady", url: "https://wire.example/rates", source: "Wire Example", format: CaptureFormat.Html);
        var dump = Capture("rates.txt", "Read more.", title: "Central bank holds rates steady", source: "Wire Example");

        Assert.Single(StoryGrouping.Group([saved, dump]).Stories);

        // No publisher on the short capture, another publisher, or a headline that is only the file's name: no evidence.
        Assert.Equal(2, StoryGrouping.Group([saved, dump with { SourceName = null }]).Stories.Count);
        Assert.Equal(2, StoryGrouping.Group([saved, dump with { SourceName = "Other Paper" }]).Stories.Count);
        Assert.Equal(2, StoryGrouping.Group([
            saved with { SourcePath = "central bank holds rates.html", Title = "central bank holds rates" },
            dump with { SourcePath = "central bank holds rates.txt", Title = "central bank holds rates" },
        ]).Stories.Count);
    }

    [Fact]
    public void A_headline_that_more_captures_share_does_not_join_a_short_body_to_any()
    {
        // "Live updates" pages of one site: two different texts under one headline, and a capture with no text.
        const string title = "Live updates from the summit";
        var groups = StoryGrouping.Group([
            Capture("live/1.html", Talks, title: title, url: "https://site.example/live-1", source: "Site", format: CaptureFormat.Html),
            Capture("live/2.html", Floods, title: title, url: "https://site.example/live-2", source: "Site", format: CaptureFormat.Html),
            Capture("live/3.txt", "Refresh for the latest.", title: title, source: "Site"),
        ]);

        Assert.Equal(3, groups.Stories.Count);
    }

    [Fact]
    public void A_page_sample_holds_every_shingle_under_its_limit()
    {
        var small = PageSample.Of(Talks);
        Assert.Equal(Shingles.Of(Talks).Count, small.Length);
        Assert.Equal((small.Length, small.Length), PageSample.Compare(small, small));

        var large = PageSample.Of(Words("menu", 2000) + " " + Talks);
        Assert.Equal(PageSample.Size, large.Length);
        var body = Shingles.Of(Talks).Order().ToArray();
        var (sampled, held) = PageSample.Compare(body, large);
        Assert.Equal(body.Count(s => s <= large[^1]), sampled);
        Assert.Equal(sampled, held);
        Assert.Equal(0, PageSample.Compare(Shingles.Of(Floods).Order().ToArray(), large).Held);
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
