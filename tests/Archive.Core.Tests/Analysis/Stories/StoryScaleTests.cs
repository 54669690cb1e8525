using Archive.Core.Analysis.Stories;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Stories;

/// <summary>
/// The frequency bound of distinctive shingles grows with the archive (a share of its captures, with a floor): text a
/// template fills recurs in a share of the captures, a story's own text only in its copies, so a story whose body is
/// mostly common sentences still pairs with its twin in a large archive, and two stories sharing them stay apart.
/// The archives here are small, with a small floor and a large share, so that the share decides as it does in a large
/// archive under the defaults.
/// </summary>
public sealed class StoryScaleTests
{
    // An affine plane of order 19: 361 captures (points), 57 common sentences (the lines of three slopes), each held by
    // 19 captures; two captures share at most one sentence.
    private const int Order = 19;
    private static readonly string Footer = Words("footer", 30);

    /// <summary>Floor 5, share 0.06: the bound is 21 captures in an archive of 362, above each sentence's 19.</summary>
    private static readonly StoryOptions Growing = StoryOptions.Default with { MaxShingleFrequency = 5, MaxShingleShare = 0.06 };

    /// <summary>The same floor without growth: the common sentences are not distinctive.</summary>
    private static readonly StoryOptions Fixed = Growing with { MaxShingleShare = 0 };

    [Fact]
    public void The_default_bound_is_fifty_captures_up_to_ten_thousand_then_half_a_percent()
    {
        var options = StoryOptions.Default;

        Assert.Equal(
            [50, 50, 50, 250, 500],
            new[] { 0, 1_217, 10_000, 50_000, 100_000 }.Select(options.FrequencyBound).ToArray());
    }

    [Fact]
    public void A_body_of_common_sentences_pairs_with_its_twin_when_the_bound_grows_with_the_archive()
    {
        // The twin is the first story's text without the site footer (a saved page beside a dump): not an exact copy.
        var archive = Archive();
        archive.Add(Capture("twin.txt", Own(0) + " " + Sentences(0), Title(0)));

        var groups = StoryGrouping.Group(archive, Growing);
        var story = groups.Stories.Single(s => s.Captures.Contains(0));

        Assert.Equal([0, archive.Count - 1], story.Captures.Order().ToArray());
        Assert.Equal(archive.Count - 1, groups.Stories.Count);
        Assert.Empty(groups.Syndicated);
    }

    [Fact]
    public void With_a_fixed_bound_the_same_twin_is_missed()
    {
        // The kind this fixes: each sentence held by more captures than the fixed bound leaves the body too short to compare.
        var archive = Archive();
        archive.Add(Capture("twin.txt", Own(0) + " " + Sentences(0), Title(0)));

        var groups = StoryGrouping.Group(archive, Fixed);

        Assert.Equal(archive.Count, groups.Stories.Count);
    }

    [Fact]
    public void Stories_sharing_common_sentences_and_boilerplate_are_not_merged()
    {
        // Every capture shares one sentence with 18 others per slope and the footer with all; none is another's copy.
        var archive = Archive();

        var groups = StoryGrouping.Group(archive, Growing);

        Assert.Equal(archive.Count, groups.Stories.Count);
        Assert.Empty(groups.Syndicated);
    }

    [Fact]
    public void Two_stories_told_in_the_same_common_sentences_stay_apart_when_their_own_text_differs()
    {
        // The kind a growing bound lets in: two stories a template wrote on one subject share all their sentences, which
        // the bound admits as distinctive (94% of the shorter body), and differ only in the text their copies alone carry.
        // Its twin (the same own text) in the same archive shows the pair is proposed and the sentences compared.
        var archive = Archive();
        archive.Add(Capture("other.txt", Own(5000) + " " + Sentences(0), "Another story of the archive"));
        archive.Add(Capture("twin.txt", Own(0) + " " + Sentences(0), Title(0)));

        var groups = StoryGrouping.Group(archive, Growing);

        Assert.Equal([0, archive.Count - 1], groups.Stories.Single(s => s.Captures.Contains(0)).Captures.Order().ToArray());
        Assert.Single(groups.Stories.Single(s => s.Captures.Contains(archive.Count - 2)).Captures);
        Assert.Empty(groups.Syndicated);
    }

    [Fact]
    public void A_bound_that_moves_as_captures_are_added_regroups_as_grouping_from_nothing_does()
    {
        // 361 captures: bound 21; 370: bound 22 (a kept index is made with the bound of its archive). The kept index declines and the result is a fresh grouping's.
        var archive = Archive();
        var memo = new StoryMemo(keepIndex: true);
        StoryGrouping.Group(archive, Growing, memo: memo);

        var grown = archive.Concat(Enumerable.Range(0, 8).Select(k => Capture($"more{k}.txt", Own(1000 + k) + " " + Words($"more{k}x", 40) + " " + Footer, Title(1000 + k)))).ToList();
        grown.Add(Capture("twin.txt", Own(3) + " " + Sentences(3), Title(3)));
        var regrouped = StoryGrouping.Group(grown, Growing, memo: memo);

        Assert.Equal(Describe(grown, StoryGrouping.Group(grown, Growing)), Describe(grown, regrouped));
        Assert.Contains(regrouped.Stories, s => s.Captures.Count == 2);
    }

    [Fact]
    public void An_edit_that_takes_a_phrase_past_the_floor_regroups_as_grouping_from_nothing_does()
    {
        // Two stories share a phrase (20 words) held by five captures, at the floor: it is their own text, most of the
        // shorter one's, so they are one story. An edit puts it in a sixth capture: it is now common (under the bound,
        // above the floor), their own texts differ, and they are two. A kept index must not answer with the old signatures.
        var phrase = Words("shared", 20);
        var archive = Archive();
        archive.Add(Capture("x.txt", phrase + " " + Words("xown", 4) + " " + Sentences(0), "The x story of the archive"));
        archive.Add(Capture("y.txt", phrase + " " + Words("yown", 4) + " " + Sentences(0) + " " + Words("ymore", 6), "The y story of the archive"));
        archive.AddRange(Enumerable.Range(0, 3).Select(k => Capture($"carrier{k}.txt", phrase + " " + Words($"carrier{k}x", 60), $"Carrier {k} of the archive")));
        var memo = new StoryMemo(keepIndex: true);
        var first = StoryGrouping.Group(archive, Growing, memo: memo);
        Assert.Contains(first.Stories, s => s.Captures.Select(i => archive[i].SourcePath).Order(StringComparer.Ordinal).SequenceEqual(["x.txt", "y.txt"]));

        var edited = archive.ToList();
        edited[58] = Capture(archive[58].SourcePath, phrase + " " + Words("edited", 60), Title(58));
        var regrouped = StoryGrouping.Group(edited, Growing, memo: memo);

        Assert.Equal(Describe(edited, StoryGrouping.Group(edited, Growing)), Describe(edited, regrouped));
        Assert.DoesNotContain(regrouped.Stories, s => s.Captures.Any(i => edited[i].SourcePath == "x.txt") && s.Captures.Count > 1);
    }

    private static List<Article> Archive() =>
        [.. Enumerable.Range(0, Order * Order).Select(p => Capture($"s{p:000}.txt", Own(p) + " " + Sentences(p) + " " + Footer, Title(p)))];

    /// <summary>Six words of the story's own (names, figures): too few shingles to compare by themselves.</summary>
    private static string Own(int p) => Words($"own{p}x", 6);

    /// <summary>The sentences of the three lines through point <paramref name="p"/> (x, y): slopes 0, 1 and 2.</summary>
    private static string Sentences(int p)
    {
        var (x, y) = (p % Order, p / Order % Order);
        return string.Join(' ', new[] { 0, 1, 2 }.Select(m => Words($"line{m}c{((y - (m * x)) % Order + Order) % Order}w", 12)));
    }

    private static string Title(int p) => $"Story number {p} of the archive";

    private static string Describe(IReadOnlyList<Article> list, StoryGroups groups) =>
        string.Join(";", groups.Stories.Select(s => string.Join(",", s.Captures.Select(i => list[i].SourcePath).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal))
        + "|" + string.Join(";", groups.Syndicated.Select(l => $"{list[groups.Stories[l.Story].Best].SourcePath}~{list[groups.Stories[l.Other].Best].SourcePath}").Order(StringComparer.Ordinal));

    private static Article Capture(string path, string body, string title) =>
        new()
        {
            SourcePath = path,
            Title = title,
            Body = [new Block(BlockKind.Paragraph, body)],
            Format = CaptureFormat.Text,
        };

    private static string Words(string stem, int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => $"{stem}{i * 7919 % 1000}"));
}
