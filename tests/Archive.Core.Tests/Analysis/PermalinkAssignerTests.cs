using Archive.Core.Analysis.Permalinks;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis;

public sealed class PermalinkAssignerTests
{
    [Fact]
    public void Articles_live_under_their_publication_day()
    {
        var article = new Article { SourcePath = "a.txt", Title = "Talks end", Published = new DateOnly(2014, 3, 30) };

        Assert.Equal("/2014/03/30/talks-end/", PermalinkAssigner.Assign([article])[0].Permalink);
    }

    [Fact]
    public void Undated_articles_live_under_undated() =>
        Assert.Equal("/undated/x/", PermalinkAssigner.Assign([new Article { SourcePath = "a.txt", Title = "X" }])[0].Permalink);

    [Fact]
    public void Two_articles_with_the_same_title_and_day_both_get_a_page_whatever_their_order()
    {
        var day = new DateOnly(2020, 1, 2);
        var first = new Article { SourcePath = "a.txt", Title = "Same", Published = day };
        var second = new Article { SourcePath = "b.txt", Title = "Same", Published = day };

        var forward = PermalinkAssigner.Assign([first, second]);
        var backward = PermalinkAssigner.Assign([second, first]);

        Assert.Equal("/2020/01/02/same/", forward[0].Permalink);
        Assert.Equal("/2020/01/02/same-2/", forward[1].Permalink);
        Assert.Equal(forward[0].Permalink, backward[1].Permalink);
        Assert.Equal(forward[1].Permalink, backward[0].Permalink);
    }
}
