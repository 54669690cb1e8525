using Archive.Core.Analysis.Stories;
using Archive.Core.Model;
using Archive.Core.Synthetic;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Analysis.Stories;

/// <summary>Grouping with what earlier groupings kept (a preview's rebuilds) gives what grouping from nothing gives.</summary>
public sealed class StoryMemoTests
{
    private static readonly Lazy<List<Article>> s_archive = new(() =>
        SyntheticArticles.Of(new SyntheticOptions { Count = 400, Seed = 11, RepeatedPercent = 15, SyndicatedPercent = 10 }));

    [Fact]
    public void Regrouping_after_each_of_many_random_edits_gives_the_groups_of_a_fresh_grouping()
    {
        var random = new Random(7);
        var archive = s_archive.Value.ToList();
        var memo = new StoryMemo(keepIndex: true);
        StoryGrouping.Group(archive, memo: memo);
        var updated = 0;
        for (var round = 0; round < 80; round++)
        {
            var i = random.Next(archive.Count);
            var j = random.Next(archive.Count);
            switch (random.Next(8))
            {
                case 6: // a text dump whose reader kept another block: another capture's text is in its whole text only
                    archive[i] = archive[i] with
                    {
                        Format = CaptureFormat.Text,
                        Body = [new Block(BlockKind.Paragraph, Words($"rail{round}x", 40))],
                        PageSample = PageSample.Of(Words("chrome", 200) + " " + archive[j].BodyText),
                    };
                    break;
                case 7: // a capture with almost no text under another capture's headline and publisher
                    archive[i] = archive[i] with { Title = archive[j].Title, SourceName = archive[j].SourceName, Body = [new Block(BlockKind.Paragraph, "Read more.")] };
                    break;
                case 0: // a copy of another capture's text (a new duplicate or syndicated copy)
                    archive[i] = archive[i] with { Body = archive[j].Body };
                    break;
                case 1: // new text
                    archive[i] = archive[i] with { Body = [new Block(BlockKind.Paragraph, Words($"fresh{round}x", 60 + random.Next(100)))] };
                    break;
                case 2: // the same headline as another capture
                    archive[i] = archive[i] with { Title = archive[j].Title };
                    break;
                case 3: // another address
                    archive[i] = archive[i] with { CanonicalUrl = archive[j].CanonicalUrl };
                    break;
                case 4: // deleted
                    archive.RemoveAt(i);
                    break;
                default: // a new capture holding most of another's text
                    archive.Add(archive[j] with { SourcePath = $"new/{round}.txt", Body = [.. archive[j].Body.Take(Math.Max(1, archive[j].Body.Count - 1))] });
                    break;
            }

            var kept = memo.Index;
            var regrouped = StoryGrouping.Group(archive, memo: memo);
            updated += ReferenceEquals(kept, memo.Index) ? 1 : 0;
            Assert.Equal(Describe(archive, StoryGrouping.Group(archive)), Describe(archive, regrouped));
        }

        // Most edits are updates of the kept index, not groupings from nothing.
        Assert.InRange(updated, 40, 80);
    }

    [Fact]
    public void A_shingle_that_becomes_frequent_changes_the_groups_as_grouping_from_nothing_does()
    {
        // Every capture carries one shared passage after its own text; in 50 captures it is distinctive and they are
        // one story, in 51 it is not and they are 51.
        var shared = Words("common", 60);
        var archive = Enumerable.Range(0, 50).Select(i => Capture($"c{i:00}.txt", Words($"own{i}x", 25) + " " + shared)).ToList();
        var memo = new StoryMemo(keepIndex: true);
        Assert.True(StoryGrouping.Group(archive, memo: memo).Stories.Count < 50);

        var grown = archive.Append(Capture("c50.txt", Words("own50x", 25) + " " + shared)).ToList();
        var regrouped = StoryGrouping.Group(grown, memo: memo);

        Assert.Equal(Describe(grown, StoryGrouping.Group(grown)), Describe(grown, regrouped));
        Assert.Equal(51, regrouped.Stories.Count);
    }

    [Fact]
    public void Counters_report_a_crossing_of_the_threshold_only()
    {
        ulong[] Set(int i) => [1, 2, 3, (ulong)(1000 + i)];
        var frequency = ShingleFrequency.Of(Enumerable.Range(0, 10).Select(Set).ToList());
        var before = new Dictionary<long, int>();

        frequency.Change([1, 2, 3], 1, before);

        Assert.False(frequency.Crossed(before, threshold: 50));
        Assert.True(frequency.Crossed(before, threshold: 10));
        Assert.Equal(11, frequency.Estimate(1));
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
