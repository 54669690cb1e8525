using Archive.Core.Analysis.Index;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis;

public sealed class ArchiveIndexRelatedTests
{
    private static Article Make(string path, int day, params string[] tags) =>
        new() { SourcePath = path, Title = path, Published = new DateOnly(2020, 1, day), Tags = tags };

    [Fact]
    public void Most_shared_terms_first_then_newest_and_never_the_article_itself()
    {
        var subject = Make("subject", 10, "a", "b", "c");
        var twoOld = Make("two-old", 1, "a", "b");
        var twoNew = Make("two-new", 5, "b", "c");
        var one = Make("one", 20, "c");
        var none = Make("none", 21, "z");
        var index = new ArchiveIndex([none, one, twoOld, subject, twoNew]);

        var related = index.Related(subject, 10);

        Assert.Equal(["two-new", "two-old", "one"], related.Select(a => a.SourcePath));
        Assert.Equal(["two-new", "two-old"], index.Related(subject, 2).Select(a => a.SourcePath));
        Assert.Equal(["subject", "two-new"], index.Related(twoOld, 10).Select(a => a.SourcePath));
    }

    [Fact]
    public void Repeated_calls_start_from_zero_and_terms_on_too_many_articles_do_not_count()
    {
        // 201 articles share "common": more than the cap, so it relates nothing; "rare" relates two of them.
        var articles = Enumerable.Range(0, 201)
            .Select(i => Make($"a{i:000}", 1 + (i % 28), i < 2 ? ["common", "rare"] : ["common"]))
            .ToList();
        var index = new ArchiveIndex(articles);

        for (var call = 0; call < 3; call++)
        {
            Assert.Equal(["a001"], index.Related(articles[0], 5).Select(a => a.SourcePath));
            Assert.Empty(index.Related(articles[2], 5));
        }
    }

    [Fact]
    public void The_first_few_are_those_of_ranking_every_candidate()
    {
        // The index keeps only the best few as it meets candidates; ranking them all must give the same list.
        var random = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            var articles = Enumerable.Range(0, 60)
                .Select(i => Make($"r{i:00}", 1 + random.Next(28), [.. Enumerable.Range(0, 8).Where(_ => random.Next(3) == 0).Select(t => $"t{t}")]))
                .ToList();
            var index = new ArchiveIndex(articles);
            var order = index.Articles.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i);
            foreach (var subject in articles)
            {
                foreach (var count in new[] { 0, 1, 3, 5, 12 })
                {
                    var expected = articles
                        .Where(a => a != subject)
                        .Select(a => (Article: a, Shared: a.Tags.Intersect(subject.Tags).Count()))
                        .Where(p => p.Shared > 0)
                        .OrderByDescending(p => p.Shared)
                        .ThenBy(p => order[p.Article])
                        .Take(count)
                        .Select(p => p.Article.SourcePath);
                    Assert.Equal(expected, index.Related(subject, count).Select(a => a.SourcePath));
                }
            }
        }
    }
}
