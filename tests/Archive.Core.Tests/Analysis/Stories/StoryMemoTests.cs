using Archive.Core.Analysis.Stories;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Stories;

/// <summary>Grouping with what earlier groupings kept (a preview's rebuilds) gives what grouping from nothing gives.</summary>
public sealed class StoryMemoTests
{
    [Fact]
    public void Regrouping_an_edited_archive_with_the_memo_gives_the_groups_of_a_fresh_grouping()
    {
        var archive = Enumerable.Range(0, 40).Select(i => Capture($"s{i:00}.txt", Words($"story{i}x", 80))).ToList();
        var memo = new StoryMemo();
        var before = StoryGrouping.Group(archive, memo: memo);
        Assert.Equal(40, before.Stories.Count);

        // One capture becomes a copy of another (a new story of two), one gets new text, one is removed.
        var edited = archive.ToList();
        edited[3] = edited[3] with { Body = archive[7].Body, CanonicalUrl = null };
        edited[5] = edited[5] with { Body = [new Block(BlockKind.Paragraph, Words("fresh", 90))] };
        edited.RemoveAt(9);

        var kept = StoryGrouping.Group(edited, memo: memo);
        var fresh = StoryGrouping.Group(edited);

        Assert.Equal(Describe(edited, fresh), Describe(edited, kept));
        Assert.Equal(38, kept.Stories.Count);
        Assert.Same(memo.TextOf(edited[0]), memo.TextOf(archive[0]));
    }

    [Fact]
    public void A_shingle_that_becomes_frequent_changes_signatures_with_the_memo_as_without()
    {
        // Every capture carries one shared passage after its own text; at 50 captures it is distinctive, at 51 it is
        // not, and two captures that share only it stop matching.
        var shared = Words("common", 60);
        var archive = Enumerable.Range(0, 50).Select(i => Capture($"c{i:00}.txt", Words($"own{i}x", 25) + " " + shared)).ToList();
        var memo = new StoryMemo();
        var before = StoryGrouping.Group(archive, memo: memo);
        Assert.True(before.Stories.Count < 50);

        var grown = archive.Append(Capture("c50.txt", Words("own50x", 25) + " " + shared)).ToList();
        var kept = StoryGrouping.Group(grown, memo: memo);

        Assert.Equal(Describe(grown, StoryGrouping.Group(grown)), Describe(grown, kept));
        Assert.Equal(51, kept.Stories.Count);
    }

    [Fact]
    public void Frequencies_compare_by_the_side_of_the_threshold_their_counters_are_on()
    {
        ulong[] Set(int i) => [1, 2, 3, (ulong)(1000 + i)];
        var ten = ShingleFrequency.Of(Enumerable.Range(0, 10).Select(Set).ToList());
        var eleven = ShingleFrequency.Of(Enumerable.Range(0, 10).Select(Set).Append([1, 2, 3]).ToList());

        Assert.True(ten.SameSideAs(eleven, threshold: 50));
        Assert.False(ten.SameSideAs(eleven, threshold: 10));
    }

    private static string Describe(IReadOnlyList<Article> list, StoryGroups groups) =>
        string.Join(";", groups.Stories.Select(s => $"{list[s.Best].SourcePath}<{string.Join(",", s.Captures.Select(i => list[i].SourcePath).Order(StringComparer.Ordinal))}>").Order(StringComparer.Ordinal))
        + "|" + string.Join(";", groups.Syndicated.Select(l => $"{list[groups.Stories[l.Story].Best].SourcePath}~{list[groups.Stories[l.Other].Best].SourcePath}").Order(StringComparer.Ordinal));

    private static Article Capture(string path, string body) =>
        new()
        {
            SourcePath = path,
            Title = "Untitled",
            Body = [new Block(BlockKind.Paragraph, body)],
            Format = CaptureFormat.Text,
        };

    private static string Words(string stem, int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => $"{stem}{i * 7919 % 1000}"));
}
