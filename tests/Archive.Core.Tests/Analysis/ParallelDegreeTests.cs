using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Analysis.Index;
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

    [Fact]
    public void Entities_are_merged_and_rewritten_the_same_serially_and_on_four_threads()
    {
        // Many groups of names (full names, their surnames, acronyms as aliases), so that the groups' merges are shared
        // out between threads, and a merge order that followed the threads would show.
        var articles = WithEntities(s_archive.Value);

        var serial = EntityIndex.Of(articles.Select(a => (a.SourcePath, a.Entities)), degree: 1);
        var parallel = EntityIndex.Of(articles.Select(a => (a.SourcePath, a.Entities)), degree: 4);
        var rewrittenSerially = EntityCanonicaliser.Apply(articles, degree: 1);
        var rewrittenInParallel = EntityCanonicaliser.Apply(articles, degree: 4);

        Assert.Contains(serial.Entities, e => e.Aliases.Count > 0);
        Assert.True(serial.Entities.Count > 100);
        Assert.Equal(serial.Entities.Select(Describe), parallel.Entities.Select(Describe));
        Assert.Equal(rewrittenSerially.Select(a => string.Join(';', a.Entities.Select(Describe))), rewrittenInParallel.Select(a => string.Join(';', a.Entities.Select(Describe))));
    }

    /// <summary>Each article with a few mentions drawn (seeded) from a hundred people, their surnames, and a hundred organisations known by an acronym.</summary>
    private static List<Article> WithEntities(List<Article> articles)
    {
        var random = new Random(7);
        return
        [
            .. articles.Select(a => a with
            {
                Entities =
                [
                    .. Enumerable.Range(0, 5).Select(_ => random.Next(300)).Distinct().Select(k => (k % 3) switch
                    {
                        0 => new EntityMention($"Alex Surname{k}", EntityKind.Person, 1 + (k % 4), []),
                        1 => new EntityMention($"Surname{k - 1}", EntityKind.Person, 1, []),
                        _ => new EntityMention($"Group{k} Holdings", EntityKind.Organisation, 2, [$"GH{k}"]),
                    }),
                    new EntityMention($"GH{random.Next(300)}", EntityKind.Organisation, 1, []),
                ],
            }),
        ];
    }

    private static string Describe(IndexedEntity e) => $"{e.Kind} {e.Name} [{string.Join(',', e.Aliases)}] {e.Count} in {string.Join(',', e.ArticleKeys)}";

    private static string Describe(EntityMention m) => $"{m.Kind} {m.Name} [{string.Join(',', m.Aliases)}] {m.Count}";

    private static List<string> Describe(StoryGroups groups) =>
        [
            .. groups.Stories.Select(s => $"{string.Join(',', s.Captures)} best {s.Best} anchor {s.Anchor} duplicates {string.Join(',', s.Duplicates.OrderBy(d => d.Key))}"),
            .. groups.Syndicated.Select(l => $"{l.Story}~{l.Other}"),
        ];
}
