using Archive.Core.Analysis.Stories;
using Archive.Core.Synthetic;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Analysis.Stories;

public sealed class SyntheticStoriesTests
{
    [Fact]
    public void Repeated_and_syndicated_captures_are_grouped_and_linked()
    {
        var options = new SyntheticOptions { Count = 200, Seed = 3, RepeatedPercent = 10, SyndicatedPercent = 5 };
        var articles = SyntheticArticles.Of(options);

        var groups = StoryGrouping.Group(articles);

        Assert.InRange(groups.Stories.Count, 160, 195);
        Assert.NotEmpty(groups.Syndicated);
        // A file is named index-slug. The generator's stories are short and share template sentences, so a text dump
        // with no URL can meet another publisher's page about something else: seed 3 has one such false merge (see
        // docs/stories.md); more would mean the confirmation got looser.
        static string SlugOf(string path) => Path.GetFileNameWithoutExtension(path)[6..];
        var mixed = groups.Stories.Count(s => s.Captures.Select(i => SlugOf(articles[i].SourcePath)).Distinct().Count() > 1);
        Assert.InRange(mixed, 0, 1);
        Assert.Contains(groups.Stories, s => s.Captures.Count > 1);
    }

    [Fact]
    public void Syndicated_copies_are_linked_to_the_same_text_under_another_publisher_not_merged_with_it()
    {
        // Most copies are text dumps, which have no URL: before a dump's name was checked against the sites the
        // archive's pages tie that name to, a dump copy joined the other publisher's page (152 of 414 copies at 10,000).
        var options = new SyntheticOptions { Count = 1500, Seed = 1, RepeatedPercent = 10, SyndicatedPercent = 5 };
        var captures = SyntheticArchive.Generate(options).ToList();
        var articles = SyntheticArticles.Of(options);

        var groups = StoryGrouping.Group(articles);
        var links = LinkEvaluation.Of(
            articles,
            groups,
            i => (captures[i].Story.ToString(System.Globalization.CultureInfo.InvariantCulture), captures[i].Source),
            i => captures[i].Copy == SyntheticCopy.Syndicated,
            i => captures[i].Source == captures[i].Publisher);

        Assert.True(links.Expected >= 40, $"{links.Expected} copies expected to be linked");
        Assert.Equal(0, links.Merged);
        Assert.True(links.Linked >= 0.8 * links.Expected, $"{links.Linked} of {links.Expected} linked");
        Assert.InRange(links.FalseLinks, 0, 1);
    }

    [Fact]
    public void The_generator_records_which_captures_are_copies_and_of_what()
    {
        var plain = SyntheticArchive.Generate(new SyntheticOptions { Count = 100 }).ToList();
        var copies = SyntheticArchive.Generate(new SyntheticOptions { Count = 300, RepeatedPercent = 10, SyndicatedPercent = 5 }).ToList();

        Assert.All(plain.Select((c, i) => (c, i)), p => Assert.Equal((p.i, SyntheticCopy.None), (p.c.Story, p.c.Copy)));
        Assert.Contains(copies, c => c.Copy == SyntheticCopy.Repeated);
        var syndicated = copies.Where(c => c.Copy == SyntheticCopy.Syndicated).ToList();
        Assert.NotEmpty(syndicated);
        // A syndicated copy tells an earlier story under another publisher; a repeat, under the same one.
        Assert.All(syndicated, c => Assert.True(c.Story < copies.IndexOf(c)));
        Assert.All(syndicated, c => Assert.NotEqual(SyntheticArchive.Generate(new SyntheticOptions { Count = c.Story + 1 }).Last().Publisher, c.Publisher));
        Assert.All(copies.Where(c => c.Copy == SyntheticCopy.Repeated), c => Assert.Equal(plain.Count > c.Story ? plain[c.Story].Publisher : c.Publisher, c.Publisher));
    }

    [Fact]
    public void Without_copies_the_archive_is_the_one_it_always_was()
    {
        var plain = SyntheticArchive.Generate(new SyntheticOptions { Count = 50 }).Select(c => c.Content).ToList();
        var copies = SyntheticArchive.Generate(new SyntheticOptions { Count = 50, RepeatedPercent = 10, SyndicatedPercent = 5 }).Select(c => c.Content).ToList();

        Assert.Equal(plain[0], copies[0]);
        Assert.True(plain.Zip(copies).Count(p => p.First == p.Second) >= 35);
    }
}
