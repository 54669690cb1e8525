using Archive.Core.Normalization.Dates;

namespace Archive.Core.Tests.Normalization.Dates;

public sealed class DateExpressionTests
{
    [Theory]
    [InlineData("2019-11-05T23:30:00-05:00", 2019, 11, 5)]
    [InlineData("2019-11-05", 2019, 11, 5)]
    [InlineData("05.11.2019", 2019, 11, 5)]
    [InlineData("5. November 2019", 2019, 11, 5)]
    [InlineData("November 5th, 2019", 2019, 11, 5)]
    [InlineData("5 de noviembre de 2019", 2019, 11, 5)]
    [InlineData("05-Nov-2019", 2019, 11, 5)]
    [InlineData("2019. november 5.", 2019, 11, 5)]
    [InlineData("5 ноября 2019", 2019, 11, 5)]
    [InlineData("05.11.19 10:15", 2019, 11, 5)]
    public void Written_days_are_read(string value, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DateExpressions.First(value, DayMonthOrder.DayFirst)?.Date);
    }

    [Fact]
    public void Ambiguous_slash_dates_follow_the_order_hint_and_unambiguous_ones_do_not()
    {
        Assert.Equal(new DateOnly(2019, 11, 4), DateExpressions.First("04/11/2019", DayMonthOrder.DayFirst)?.Date);
        Assert.Equal(new DateOnly(2019, 4, 11), DateExpressions.First("04/11/2019", DayMonthOrder.MonthFirst)?.Date);
        Assert.Equal(new DateOnly(2019, 12, 25), DateExpressions.First("12/25/2019", DayMonthOrder.DayFirst)?.Date);
    }

    [Theory]
    [InlineData("31.02.2019")]
    [InlineData("2019-13-01")]
    [InlineData("Version 1.2.3.4")]
    [InlineData("November 2019")]
    [InlineData("192.168.10.12")]
    public void Impossible_or_partial_dates_are_not_days(string value)
    {
        Assert.Null(DateExpressions.First(value, DayMonthOrder.DayFirst));
    }

    [Theory]
    [InlineData("https://example.org/2019/11/05/title/", 2019, 11, 5)]
    [InlineData("https://example.org/news/2019-11-05-title", 2019, 11, 5)]
    [InlineData("https://example.org/20191105/title", 2019, 11, 5)]
    [InlineData("https://example.org/meldungen/05-11-2019", 2019, 11, 5)]
    [InlineData("https://web.archive.org/web/20230307194448/http://example.org/2019/11/05/title", 2019, 11, 5)]
    public void Url_days_are_read(string url, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), UrlDates.Find(url));
    }

    [Theory]
    [InlineData("https://example.org/2019/11/")]
    [InlineData("https://example.org/2019/11/3-things-to-know")]
    [InlineData("https://example.org/article/201911051234567")]
    [InlineData("https://example.org/2019/02/30/title")]
    [InlineData("https://web.archive.org/web/20230307194448/http://example.org/title")]
    public void Url_without_a_sane_day_gives_none(string url)
    {
        Assert.Null(UrlDates.Find(url));
    }
}
