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
    public void Without_copies_the_archive_is_the_one_it_always_was()
    {
        var plain = SyntheticArchive.Generate(new SyntheticOptions { Count = 50 }).Select(c => c.Content).ToList();
        var copies = SyntheticArchive.Generate(new SyntheticOptions { Count = 50, RepeatedPercent = 10, SyndicatedPercent = 5 }).Select(c => c.Content).ToList();

        Assert.Equal(plain[0], copies[0]);
        Assert.True(plain.Zip(copies).Count(p => p.First == p.Second) >= 35);
    }
}
