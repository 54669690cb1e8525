using Archive.Core.Normalization;
using Archive.Core.Normalization.Text;

namespace Archive.Core.Tests.Normalization.Text;

/// <summary>
/// List-style articles keep their lists when the list is one of titled items: a short title-case title over an
/// instruction, a product name or a quantity, as a meal plan or a training plan is written. More than half of such lines
/// are title case and many have no content shape, so the continuation's windows of list content (at most half title
/// case, half with a content shape) stopped at the first item and the text was cut there. Synthetic dumps, written for
/// these tests.
/// </summary>
public sealed class TitledItemListTests
{
    /// <summary>An introduction, then five weeks of the same items; then related articles and a footer.</summary>
    private static readonly string TrainingPlan = Intro + "\n" + string.Join("\n\n", new[] { "One", "Two", "Three", "Four", "Five" }.Select((name, i) => Week(name, i + 1))) + "\n\n" + Footer;

    private const string Intro = """
        Skip to content
        Home
        Running
        Training
        Shop
        Search
        A Five-Week Plan for Your First 10K
        June 3, 2024 | BY: Field Notes
        If you have been running for a few months and want to try your first race, this plan builds up your distance slowly so that your legs have time to adapt between the harder days.

        Every week follows the same shape, so once you know the first one you can simply move on to the next and add a little more distance each time.

        The plan works for both treadmill and road running, so there is no need to change anything when the weather turns bad in the middle of a week.

        Here is the plan, week by week:

        """;

    /// <summary>One week of the plan: the same items each week, the counts of its notes growing.</summary>
    private static string Week(string name, int n) => $"""
        Training Plan for Week {name}

        Warm-Up Routine

        Start 10–15 minutes before your run

        Leg Swings and Lunges [10 swings per leg, 8 walking lunges, 2 rounds (or 5 minutes of skipping rope)]

        Coach tip: Keep the warm-up easy and save your energy for the main session

        Pre-Run Snack

        Eat 45–60 minutes before your run

        Fieldstone Energy Bar

        Tempo Session

        Run at a steady pace

        Fieldstone Pace Watch

        Cool-Down Walk

        Walk until you breathe easily

        Fieldstone Cooling Towel

        Recovery Drink

        Drink within 30 minutes after your run

        Fieldstone Recovery Shake, 1 glass of milk

        Evening Stretch

        Hold each stretch for 30 seconds

        Hamstring Reach, Calf Wall Press, Hip Opener (2 rounds)

        Session Notes: {n} Easy, {n + 1} Steady, 1 Long
        """;

    private const string Footer = """
        Related Articles
        Running
        Why Rest Days Really Do Matter for Beginners
        Running
        Coming Soon: Our Trail Shoe Buying Guide
        Gear
        The Best Socks for Long Runs This Summer
        Facebook
        Instagram
        © 2024 Field Notes. All rights reserved.
        """;

    /// <summary>An article that ends in prose and a "Read more" link, then a box of promotions written as titled items.</summary>
    private const string PromotionsAfterProse = """
        Home
        News
        Culture
        A small cinema reopens after two years of repairs
        The old cinema by the river opened its doors again on Friday evening, two years after a storm tore part of its roof away and flooded the hall.

        Volunteers raised most of the money for the repairs, and the city paid for new seats, a new screen and a lift for visitors who cannot use the stairs.

        The first film was a silent comedy with a pianist, as on the night the cinema first opened almost a hundred years ago.

        Read more
        Our Services
        Win two tickets to the premiere of a new film at the city cinema this week
        Enter now
        Language Course
        Try a month of lessons for free and learn Spanish at home in the evenings
        Sign me up
        Comic Books
        Win a signed copy of a new graphic novel about a lighthouse keeper
        Try my luck
        Special Issue
        Why do so many people still go to the cinema when films come home so fast?
        Order the issue
        Most Read
        Copyright 2024 River News. All rights reserved.
        """;

    [Fact]
    public void The_default_reader_keeps_a_list_of_titled_items_to_its_end()
    {
        var body = new TextCaptureReader().Read(CaptureInput.FromText("plan.txt", TrainingPlan), SourceRules.None).Article.BodyText;

        Assert.Contains("Here is the plan, week by week:", body, StringComparison.Ordinal);
        Assert.Contains("Training Plan for Week Three", body, StringComparison.Ordinal);
        Assert.Contains("Training Plan for Week Five", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Why Rest Days Really Do Matter", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Trail Shoe Buying Guide", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_cut_inside_a_list_of_titled_items_continues_through_the_items_and_stops_at_the_end_marker()
    {
        var c = new CaptureLines(TrainingPlan);
        var start = Index(c, "If you have been running");
        var cut = Index(c, "Fieldstone Energy Bar"); // the first item's product: an unfinished line
        var lastWeek = Index(c, "Training Plan for Week Five");
        var related = Index(c, "Related Articles");

        var end = BodyGuards.ExtendThroughLists(c, start, cut, c.Count);

        Assert.True(end > lastWeek, $"the text should reach the last week (line {lastWeek}); it ends at line {end}");
        Assert.True(end < related, $"the text should stop before the related articles (line {related}); it ends at line {end}");
    }

    [Fact]
    public void Promotions_written_as_titled_items_after_a_text_that_ends_in_prose_are_not_taken()
    {
        var c = new CaptureLines(PromotionsAfterProse);
        var start = Index(c, "The old cinema by the river");
        var cut = Index(c, "Read more");

        Assert.True(BodyGuards.IsItemList(c, cut + 1, cut + 8)); // the box alone reads as titled items
        Assert.Equal(cut, BodyGuards.ExtendThroughLists(c, start, cut, c.Count)); // but the text did not end in a list
    }

    [Fact]
    public void A_menu_and_a_headline_rail_are_no_list_of_titled_items()
    {
        var menu = new CaptureLines("Home\nNews\nSport\nWeather\nCulture\nTravel\nFood\nContact\n");
        var rail = new CaptureLines(
            "Running\nWhy Rest Days Really Do Matter for Beginners\nRunning\nComing Soon Our Trail Shoe Buying Guide\n"
            + "Gear\nThe Best Socks for Long Runs This Summer\nGear\nSeven Water Bottles We Tested on Hot Days\n");

        Assert.False(BodyGuards.IsItemList(menu, 0, 7));
        Assert.False(BodyGuards.IsItemList(rail, 0, 7));
    }

    private static int Index(CaptureLines c, string prefix) =>
        Enumerable.Range(0, c.Count).First(i => c.String(i).StartsWith(prefix, StringComparison.Ordinal));
}
