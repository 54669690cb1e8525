using Archive.Core.Normalization;
using Archive.Core.Normalization.Text;
using Archive.Core.Normalization.Text.Learning;

namespace Archive.Core.Tests.Normalization.Text;

/// <summary>
/// The guard rails of the text reader hold for the learnt line classifier as for the hand rules: synthetic dumps of a
/// list-style article, an article closing on a tags line, and a short post above a long comment thread.
/// </summary>
public sealed class LearntGuardRailTests
{
    private const string ListArticle = """
        Home
        Garden
        Tools
        Shop
        Five jobs for the garden in early spring
        The first warm days are the time to get the garden ready, before the weeds and the slugs wake up and the soil dries out.

        None of these jobs takes more than an afternoon, and most need only a spade, a rake and a pair of gloves.

        Here is what to do and in which order:

        Clear the beds
        Pull out last year's stems, about 2 hours for a small garden
        Keep the seed heads (for the birds) and compost the rest
        Time: one afternoon, best on a dry day
        Feed the soil
        Spread compost over the beds, about 5 cm deep
        Use 2 barrows for every 10 square metres of bed
        Time: two hours, with a helper
        Prune the roses
        Cut back to an outward-facing bud, about 30 cm from the ground
        Remove dead wood first (it is brown and brittle)
        Time: one hour for 6 bushes
        Sow the peas
        Sow in a double row, 5 cm apart and 4 cm deep
        Cover with netting (the pigeons like them too)
        Time: half an hour, then water well
        More from Garden
        Ten plants for shade
        Copyright 2024 Garden Notes. All rights reserved.
        """;

    private const string TaggedArticle = """
        Menu
        Search
        Lighthouse keepers return to the northern cape
        For the first time in thirty years, the lighthouse on the northern cape will have keepers living beside it through the winter.

        The coastal authority said the automatic lamp had failed twice last year during storms, when no boat could reach the cape for days.

        Two keepers will share the work in shifts of four weeks, and the old cottages have been repaired and fitted with new stoves.

        Tags: lighthouses, coast, winter storms, maritime safety
        Share this article
        """;

    private const string PostAboveThread = """
        Home
        Forum
        Cycling
        New cycle lane opens by the river
        The cycle lane along the river finally opened this morning, after two years of digging and a long row about the old trees.

        It runs for four kilometres from the station to the university, and the council says it will be cleared of snow in winter.

        54 Comments
        Reply
        wheelie_w
        I rode it this morning on the way to work and it was lovely, wide and smooth, and much quieter than the main road that I used to take every single day.
        Reply
        commuter_c
        It is good news, but the crossing at the bridge is still dangerous, because drivers coming off the roundabout do not look to their left before they turn.
        Reply
        old_spokes
        I remember when the whole river path was a muddy track, and we had to carry our bikes over the stiles near the old mill, so this is a big change for us.
        Reply
        riverside_r
        Does anyone know whether the lane will be lit at night, because in the winter months it gets dark before five and the path under the trees is very dark?
        Reply
        councillor_k
        The lights are due to be fitted next month, and they will be the low kind that do not shine into the gardens of the houses along the river bank.
        Reply
        fixie_f
        Let us hope that the lane is kept clear of parked vans, because the old lane on the high street was blocked every morning by delivery drivers.
        Reply
        Leave a Reply
        Your email address will not be published. Required fields are marked *
        """;

    public static TheoryData<string> Readers() => ["rules", "learnt"];

    private static TextCaptureReader Reader(string kind) => kind == "rules" ? new TextCaptureReader(null) : new TextCaptureReader(TextLineModel.Embedded);

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_list_style_article_keeps_its_list(string kind)
    {
        var body = Reader(kind).Read(CaptureInput.FromText("garden.txt", ListArticle), SourceRules.None).Article.BodyText;

        Assert.Contains("None of these jobs", body, StringComparison.Ordinal);
        Assert.Contains("Keep the seed heads", body, StringComparison.Ordinal);
        Assert.Contains("Use 2 barrows", body, StringComparison.Ordinal);
        Assert.Contains("Cover with netting", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Ten plants for shade", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_drop_level_never_sets_aside_the_lines_of_a_list()
    {
        var c = new CaptureLines(ListArticle);
        var start = Enumerable.Range(0, c.Count).First(i => c.String(i).StartsWith("The first warm days", StringComparison.Ordinal));
        var end = Enumerable.Range(0, c.Count).First(i => c.String(i).StartsWith("Time: half an hour", StringComparison.Ordinal));
        var probabilities = new double[c.Count];
        Array.Fill(probabilities, 0.01); // a model that finds every line unlike body

        var dropped = LearntTextFinder.Unlikely(c, null, probabilities, start, end, dropBelow: 0.5);

        Assert.DoesNotContain(dropped, i => c.String(i).StartsWith("Use 2 barrows", StringComparison.Ordinal));
        Assert.DoesNotContain(dropped, i => c.String(i).StartsWith("Cover with netting", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_tags_line_is_read_as_tags_and_never_as_body(string kind)
    {
        var result = Reader(kind).Read(CaptureInput.FromText("cape.txt", TaggedArticle), SourceRules.None);

        Assert.Contains("new stoves", result.Article.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("Tags", result.Article.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("maritime safety", result.Article.BodyText, StringComparison.Ordinal);
        Assert.Equal(["lighthouses", "coast", "winter storms", "maritime safety"], result.Article.Tags);
    }

    [Theory]
    [InlineData("Tags: farming, Norway, climate", true)]
    [InlineData("Filed under: Science | Space | Rockets", true)]
    [InlineData("Topics: the economy", true)]
    [InlineData("Tags: this line goes on as a whole sentence about the topics of the day and what they mean.", false)]
    [InlineData("Tags are what the editors add to every story.", false)]
    [InlineData("The tags: none of them fitted.", false)]
    public void A_tag_list_is_a_topic_label_a_colon_and_short_entries(string line, bool expected) =>
        Assert.Equal(expected, TopicTagFinder.IsTagList(line));

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_short_post_above_a_long_comment_thread_keeps_the_post_and_no_comment(string kind)
    {
        var body = Reader(kind).Read(CaptureInput.FromText("lane.txt", PostAboveThread), SourceRules.None).Article.BodyText;

        Assert.Contains("finally opened this morning", body, StringComparison.Ordinal);
        Assert.Contains("cleared of snow", body, StringComparison.Ordinal);
        Assert.DoesNotContain("wide and smooth", body, StringComparison.Ordinal);
        Assert.DoesNotContain("delivery drivers", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Reply", body, StringComparison.Ordinal);
    }

    /// <summary>
    /// A plain text of one-line sentences under a headline, no byline, no menu, nothing but prose: far outside the shape
    /// of any saved page the model was trained on (every line prose, the whole dump one stretch). Before the features were
    /// bounded (<see cref="TextLineModel.Clip"/>), the block-feature model kept only a hundred-odd lines from the middle
    /// of such a dump.
    /// </summary>
    [Theory]
    [InlineData("rules", 400)]
    [InlineData("learnt", 40)]
    [InlineData("learnt", 150)]
    [InlineData("learnt", 400)]
    [InlineData("learnt", 1000)]
    public void A_dump_of_hundreds_of_one_line_sentences_without_a_byline_keeps_every_sentence(string kind, int count)
    {
        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
        string[] places = ["harbour", "town hall", "station", "market", "old school", "library", "bridge"];
        var sentences = Enumerable.Range(0, count)
            .Select(i => $"On {days[i % 5]} the delegate number {i + 1} spoke with the mayor at the {places[i % 7]} about the new budget, the clerk said.")
            .ToList();
        var dump = "Budget talks in the valley\n\n" + string.Join("\n\n", sentences) + "\n";

        var body = Reader(kind).Read(CaptureInput.FromText("talks.txt", dump), SourceRules.None).Article.BodyText;

        Assert.All(sentences, sentence => Assert.Contains(sentence, body, StringComparison.Ordinal));
    }

    [Fact]
    public void A_feature_far_outside_the_training_range_counts_as_the_edge_of_it()
    {
        var width = LineVectors.Width;
        var means = new double[width];
        var spreads = Enumerable.Repeat(1.0, width).ToArray();
        var weights = new double[width];
        weights[1] = 1; // log-words
        var bounded = new TextLineModel(means, spreads, weights, 0.5, 0, clip: 4);
        var unbounded = new TextLineModel(means, spreads, weights, 0.5);
        var row = new float[width];

        row[1] = 4;
        var atEdge = bounded.Probability(row);
        row[1] = 40;

        Assert.Equal(atEdge, bounded.Probability(row), 6);
        Assert.True(unbounded.Probability(row) > atEdge);
        Assert.Equal(1 / (1 + Math.Exp(-4)), atEdge, 6);
    }

    [Fact]
    public void The_default_reader_reads_with_the_default_model()
    {
        var byDefault = new TextCaptureReader().Read(CaptureInput.FromText("garden.txt", ListArticle), SourceRules.None).Article.BodyText;
        var explicitly = new TextCaptureReader(TextLineModel.Default).Read(CaptureInput.FromText("garden.txt", ListArticle), SourceRules.None).Article.BodyText;

        Assert.Equal(explicitly, byDefault);
    }
}
