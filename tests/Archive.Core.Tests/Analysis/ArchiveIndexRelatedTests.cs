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
}
