using Archive.Core.Analysis.Sources;
using Archive.Core.Analysis.Stories;
using Archive.Core.Model;
using Archive.Core.Synthetic;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Analysis;

/// <summary>The archive-wide steps that work per article in parallel give the same result at any degree.</summary>
public sealed class ParallelDegreeTests
{
    private static readonly Lazy<List<Article>> s_archive = new(() =>
        SyntheticArticles.Of(new SyntheticOptions { Count = 300, Seed = 5, RepeatedPercent = 15, SyndicatedPercent = 10 }));

    [Fact]
    public void Stories_are_grouped_the_same_serially_and_on_four_threads()
    {
        var serial = StoryGrouping.Group(s_archive.Value, StoryOptions.Default, degree: 1);
        var parallel = StoryGrouping.Group(s_archive.Value, StoryOptions.Default, degree: 4);

        Assert.Contains(serial.Stories, s => s.Captures.Count > 1);
        Assert.NotEmpty(serial.Syndicated);
        Assert.Equal(Describe(serial), Describe(parallel));
    }

    [Fact]
    public void Sources_are_resolved_the_same_serially_and_on_four_threads()
    {
        var serial = SourceResolver.Apply(s_archive.Value, degree: 1);
        var parallel = SourceResolver.Apply(s_archive.Value, degree: 4);

        Assert.Contains(s_archive.Value, a => a.CanonicalUrl is null);
        Assert.Equal(serial.Select(a => a.SourceName), parallel.Select(a => a.SourceName));
    }

    private static List<string> Describe(StoryGroups groups) =>
        [
            .. groups.Stories.Select(s => $"{string.Join(',', s.Captures)} best {s.Best} anchor {s.Anchor} duplicates {string.Join(',', s.Duplicates.OrderBy(d => d.Key))}"),
            .. groups.Syndicated.Select(l => $"{l.Story}~{l.Other}"),
        ];
}
