using Archive.Core.Normalization.Dates;

namespace Archive.Core.Tests.Normalization.Dates;

/// <summary>The kinds of text-dump error fixed on 2026-12-07 (afternoon): invented text only.</summary>
public sealed class TextDateKindsTests
{
    private const string Paragraph =
        "The town council voted late on Tuesday to build a new cycle path linking the centre with the station, " +
        "and work is due to start next spring once the last permits have been granted by the regional authorities.";

    private static string Dump(params string[] lines) => string.Join("\n", lines);

    [Theory]
    [InlineData(" Jane Doe")]
    [InlineData(" Jane Doe 0")]
    [InlineData(" Jane Doe Leave a comment")]
    [InlineData(" Anna Muster-Beispiel, Redaktion")]
    [InlineData(" Max Muster Politik, Stadt 2")]
    public void A_name_alone_after_a_day_signs_it(string after)
    {
        Assert.True(ContextWords.NamedAfter(after));
    }

    [Theory]
    [InlineData(" Apple Unveils New Phones For Everyone")]
    [InlineData(" Council")]
    [InlineData(" 12:00")]
    [InlineData(" the council met")]
    [InlineData(" McDonald Opens")]
    public void A_title_or_a_lone_word_after_a_day_does_not_sign_it(string after)
    {
        Assert.False(ContextWords.NamedAfter(after));
    }

    [Fact]
    public void A_day_signed_by_a_name_alone_is_a_byline()
    {
        var text = Dump("Council approves new cycle path", "November 4, 2019 Jane Doe 0", Paragraph, Paragraph);

        var (_, days) = TextDateScanner.Days(text, DayMonthOrder.DayFirst, titleHint: null, latest: null);

        Assert.True(Assert.Single(days).Best.Byline);
    }

    [Fact]
    public void Days_followed_by_capitalised_words_in_a_list_are_not_bylines()
    {
        var text = Dump(
            "Council approves new cycle path",
            Paragraph,
            "More news",
            "November 1, 2019 Bus Fares Rise",
            "October 28, 2019 Bridge Repairs Begin",
            "October 20, 2019 Market Square Rebuilt");

        var (_, days) = TextDateScanner.Days(text, DayMonthOrder.DayFirst, titleHint: null, latest: null);

        Assert.All(days, d => Assert.False(d.Best.Byline));
    }

    [Theory]
    [InlineData("11/8/2019 10:46 PM", 2019, 11, 8)]
    [InlineData("11/08/19 5:19pm", 2019, 11, 8)]
    [InlineData("11/08/2019 at 9:05 a.m.", 2019, 11, 8)]
    public void A_slash_day_stamped_with_a_twelve_hour_clock_is_read_month_first(string stamp, int year, int month, int day)
    {
        var text = Dump("Council approves new cycle path", "By Jane Doe • " + stamp, Paragraph);

        Assert.Equal(DayMonthOrder.MonthFirst, LanguageHints.GuessOrder(text));
        Assert.Contains(TextDateScanner.Days(text, LanguageHints.GuessOrder(text), titleHint: null, latest: null).Days, d => d.Date == new DateOnly(year, month, day));
    }

    [Fact]
    public void A_twenty_four_hour_time_with_a_stray_suffix_shows_no_order()
    {
        Assert.False(DateExpressions.TwelveHourClockAt("08/11/2019 | 20:26 PM", 10));
        Assert.Equal(DayMonthOrder.DayFirst, LanguageHints.GuessOrder("08/11/2019 | 20:26 PM"));
    }

    [Fact]
    public void The_page_own_unambiguous_days_outvote_a_clock()
    {
        var text = Dump("25/12/2019 Christmas market", "28/12/2019 Boxing match", "11/08/2019 5:19pm");

        Assert.Equal(DayMonthOrder.DayFirst, LanguageHints.GuessOrder(text));
    }

    [Theory]
    [InlineData("FILE PHOTO: The mayor speaks in the town hall, November 3, 2019. REUTERS/Jane Doe")]
    [InlineData("Skiers on the ridge (Foto: A. Muster, 15.01.2022).")]
    [InlineData("The new bridge. (Image: Example Daily)")]
    public void Caption_lines_are_recognised(string line)
    {
        Assert.True(ContextWords.IsCaption(line));
    }

    [Fact]
    public void A_caption_day_is_never_stated()
    {
        var text = Dump("Council approves new cycle path", "Photo: Jane Doe, 3 November 2019", Paragraph);

        var (_, days) = TextDateScanner.Days(text, DayMonthOrder.DayFirst, titleHint: null, latest: null);
        var day = Assert.Single(days);

        Assert.True(day.Best.Caption);
        Assert.False(Archive.Core.Normalization.Dates.Learning.TextDateModel.IsStated(day.Best));
    }
}
