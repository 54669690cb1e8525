using Archive.Core.Normalization.Dates;

namespace Archive.Core.Tests.Normalization.Dates;

public sealed class TextPublishedDateTests
{
    private const string Paragraph =
        "Der Stadtrat hat am Abend nach langer Debatte einen neuen Radweg beschlossen, der die Innenstadt mit dem Bahnhof verbinden soll, " +
        "und die Arbeiten sollen im kommenden Frühjahr beginnen, wenn die letzten Genehmigungen der Behörden vorliegen.";

    private static string Dump(params string[] lines) => string.Join("\n", lines);

    [Fact]
    public void German_byline_date_above_the_first_paragraph_is_found()
    {
        var text = Dump("Startseite", "Politik", "Stadtrat beschließt neuen Radweg", "Von Anna Muster", "4. November 2019", Paragraph, "Mehr zum Thema");

        Assert.Equal(new DateOnly(2019, 11, 4), PublishedDateFinder.FindInText(text, null));
    }

    [Fact]
    public void German_numeric_dates_are_read_day_first()
    {
        var text = Dump("Stadtrat beschließt neuen Radweg", "Veröffentlicht am 04.11.2019 um 10:15 Uhr", Paragraph);

        Assert.Equal(new DateOnly(2019, 11, 4), PublishedDateFinder.FindInText(text, null));
    }

    [Theory]
    [InlineData("Publié le 5 novembre 2019 à 10h00")]
    [InlineData("Publicado el 5 de noviembre de 2019")]
    [InlineData("Pubblicato il 5 novembre 2019")]
    [InlineData("Publicado em 5 de novembro de 2019")]
    [InlineData("Gepubliceerd op 5 november 2019")]
    [InlineData("Published November 5, 2019")]
    [InlineData("Opublikowano 5 listopada 2019")]
    [InlineData("Yayınlanma: 5 Kasım 2019")]
    [InlineData("2019年11月5日 10:00")]
    public void Month_names_in_many_languages_are_read(string byline)
    {
        var text = Dump("Headline of the article", byline, Paragraph);

        Assert.Equal(new DateOnly(2019, 11, 5), PublishedDateFinder.FindInText(text, null));
    }

    [Fact]
    public void Copyright_line_is_never_the_date()
    {
        var text = Dump("Stadtrat beschließt neuen Radweg", Paragraph, "© 05.11.2019 Verlag GmbH. Alle Rechte vorbehalten.");

        Assert.Null(PublishedDateFinder.FindInText(text, null));
    }

    [Theory]
    [InlineData("04/11/201906/11/2019 ~ Anna Muster")]
    [InlineData("04.11.201906.11.2019 ~ Anna Muster")]
    [InlineData("2019-11-042019-11-06 ~ Anna Muster")]
    public void A_day_glued_to_the_next_is_read(string byline)
    {
        // A blog's published and updated days printed side by side lose their space in a text dump.
        var text = Dump("Stadtrat beschließt neuen Radweg", byline, Paragraph);

        Assert.Equal(new DateOnly(2019, 11, 4), PublishedDateFinder.FindInText(text, null));
    }

    [Theory]
    [InlineData("4. November 20196. November 2019 ~ Anna Muster")]
    [InlineData("4. November 20193. Januar 2020 | Anna Muster")]
    public void A_written_day_glued_to_the_next_is_read(string byline)
    {
        // The same with month names: the year runs straight into the next day.
        var text = Dump("Stadtrat beschließt neuen Radweg", byline, Paragraph);

        Assert.Equal(new DateOnly(2019, 11, 4), PublishedDateFinder.FindInText(text, null));
    }

    [Theory]
    [InlineData("Anna Muster4. November 2019", 2019, 11, 4)]
    [InlineData("समाचारNov 4, 2019, 06:15 PM IST", 2019, 11, 4)]
    [InlineData("Stand: 4. 11. 2019, 10:15", 2019, 11, 4)]
    [InlineData("4.11. 2019", 2019, 11, 4)]
    [InlineData("30/10/23 | Redaktion", 2023, 10, 30)]
    [InlineData("10/30/23 | Redaktion", 2023, 10, 30)]
    [InlineData("veröffentlicht am 14 Feb ’20", 2020, 2, 14)]
    [InlineData("Posted Feb 14 '20 by Jane", 2020, 2, 14)]
    public void Days_a_dump_writes_without_spaces_or_in_short_forms_are_read(string value, int year, int month, int day)
    {
        // A name glued to the day, a Latin month glued to a word in another script, dotted days with spaces,
        // two-digit years whose order the day itself shows, an apostrophe year after a month name.
        Assert.Equal(new DateOnly(year, month, day), DateExpressions.First(value, DayMonthOrder.DayFirst)?.Date);
    }

    [Theory]
    [InlineData("02/11/23 | Redaktion")]
    [InlineData("Abschnitt 1.2.3. 2019")]
    [InlineData("COVID19 March 2020")]
    [InlineData("Ausgabe 14 Feb '45")]
    public void Short_forms_that_could_be_other_things_are_not_read(string value)
    {
        Assert.Null(DateExpressions.First(value, DayMonthOrder.DayFirst));
    }

    [Fact]
    public void A_name_ending_in_today_is_not_a_today_line()
    {
        var text = Dump("Harbour board approves new ferry", "Written by Harbour Today on March 3, 2022", Paragraph);

        Assert.Equal(new DateOnly(2022, 3, 3), PublishedDateFinder.FindInText(text, null));
    }

    [Fact]
    public void A_cue_speaks_for_the_nearest_day_on_its_line()
    {
        // Published and updated days side by side after one cue: the cue is the first day's.
        var text = Dump("Stadtrat beschließt neuen Radweg", "Posted on Montag, 4. März 2019Dienstag, 9. April 2019 by Anna", Paragraph);

        Assert.Equal(new DateOnly(2019, 3, 4), PublishedDateFinder.FindDayInText(text, null, null)?.Day);
    }

    [Fact]
    public void A_weather_widget_day_does_not_outrank_the_published_line()
    {
        var text = Dump(
            "Harbour board approves new ferry",
            "Friday, Mar 6th 2020 3PM 8°C 6PM 5°C 5-Day Forecast",
            "By Jane Doe",
            "Published: 09:00 GMT, 2 March 2020 | Updated: 11:30 GMT, 3 March 2020",
            Paragraph);

        Assert.Equal(new DateOnly(2020, 3, 2), PublishedDateFinder.FindDayInText(text, null, null)?.Day);
    }

    [Fact]
    public void A_day_signed_after_it_is_a_byline()
    {
        var (_, signed) = TextDateScanner.Days(Dump("Stadtrat beschließt neuen Radweg", "4. März 2019 · von Anna Muster", Paragraph), DayMonthOrder.DayFirst, null, null);
        var (_, hours) = TextDateScanner.Days(Dump("Stadtrat beschließt neuen Radweg", "4. März 2019 von 10 bis 12 Uhr", Paragraph), DayMonthOrder.DayFirst, null, null);

        Assert.True(signed.Single().Best.Byline);
        Assert.False(hours.Single().Best.Byline);
    }

    [Fact]
    public void An_ambiguous_day_takes_the_reading_the_page_writes_elsewhere()
    {
        // "06/01/2020" is 6 January day first, but the page writes 1 June 2020 in words and never 6 January.
        var text = Dump("Small firms and the cloud", "Posted by Jane Doe, 06/01/2020", Paragraph, "Comments", "June 1, 2020 at 3:27 pm", "Nice post!");
        var (_, days) = TextDateScanner.Days(text, DayMonthOrder.DayFirst, null, null);

        Assert.Equal([new DateOnly(2020, 6, 1)], days.Select(d => d.Date));
    }

    [Fact]
    public void A_number_running_into_a_date_is_not_read_as_one()
    {
        Assert.Empty(DateExpressions.FindAll("Ticket 1204.11.2019", DayMonthOrder.DayFirst));
        Assert.Empty(DateExpressions.FindAll("Version 04.11.20191", DayMonthOrder.DayFirst));
    }

    [Fact]
    public void A_copyright_cue_reaches_only_its_own_field_of_the_line()
    {
        var stamped = Dump("Stadtrat beschließt neuen Radweg", Paragraph, "© Agentur | Foto: Muster | 05.11.2019 08:03");
        var copyrighted = Dump("Stadtrat beschließt neuen Radweg", Paragraph, "Impressum | © 05.11.2019 Verlag GmbH");

        Assert.Equal(new DateOnly(2019, 11, 5), PublishedDateFinder.FindInText(stamped, null));
        Assert.Null(PublishedDateFinder.FindInText(copyrighted, null));
    }

    [Fact]
    public void Today_header_is_never_the_date()
    {
        var text = Dump("Heute: 7. November 2023", "Stadtrat beschließt neuen Radweg", Paragraph);

        Assert.Null(PublishedDateFinder.FindInText(text, null));
    }

    [Fact]
    public void Weekday_header_far_above_the_article_loses_to_the_byline()
    {
        var lines = new List<string> { "Dienstag, 7. November 2023" };
        lines.AddRange(Enumerable.Range(1, 20).Select(i => $"Rubrik {i}"));
        lines.AddRange(["Stadtrat beschließt neuen Radweg", "Von Anna Muster | 4. November 2023", Paragraph]);

        Assert.Equal(new DateOnly(2023, 11, 4), PublishedDateFinder.FindInText(string.Join("\n", lines), null));
    }

    [Fact]
    public void Dates_in_a_related_articles_list_lose_to_the_byline()
    {
        var text = Dump(
            "Stadtrat beschließt neuen Radweg",
            "4. November 2019",
            Paragraph,
            Paragraph,
            "Mehr zum Thema",
            "Neue Busse für die Stadt 1. November 2019",
            "Brücke wird saniert 28. Oktober 2019",
            "Parkgebühren steigen 20. Oktober 2019",
            "Marktplatz wird umgebaut 12. Oktober 2019");

        Assert.Equal(new DateOnly(2019, 11, 4), PublishedDateFinder.FindInText(text, null));
    }

    [Fact]
    public void Publication_beats_the_update_line()
    {
        var text = Dump("Stadtrat beschließt neuen Radweg", "Aktualisiert am 07.11.2019", "Veröffentlicht am 04.11.2019", Paragraph);

        Assert.Equal(new DateOnly(2019, 11, 4), PublishedDateFinder.FindInText(text, null));
    }

    [Fact]
    public void Embedded_social_posts_do_not_date_the_article()
    {
        var text = Dump("Headline of the article", "By Jane Doe | November 6, 2023", Paragraph, "— Some One (@someone) November 3, 2023");

        Assert.Equal(new DateOnly(2023, 11, 6), PublishedDateFinder.FindInText(text, null));
    }

    [Fact]
    public void Text_without_a_full_day_gives_no_date()
    {
        var text = Dump("Stadtrat beschließt neuen Radweg", "November 2019", Paragraph, "Seit 2019 geplant.");

        Assert.Null(PublishedDateFinder.FindInText(text, null));
    }

    [Fact]
    public void Url_date_is_the_fallback_for_a_dump_without_dates()
    {
        var text = Dump("Stadtrat beschließt neuen Radweg", Paragraph);

        Assert.Equal(new DateOnly(2019, 11, 5), PublishedDateFinder.FindInText(text, "https://example.org/2019/11/05/radweg"));
    }

    [Fact]
    public void Huge_and_hostile_inputs_do_not_throw()
    {
        var huge = string.Concat(Enumerable.Repeat("1.1.1.1.1.1.1 2019-2019-2019 Novembre November 31.02.2019 ", 200_000));
        var noise = new string('9', 1_000_000);

        Assert.Null(Record.Exception(() => PublishedDateFinder.FindInText(huge, null)));
        Assert.Null(Record.Exception(() => PublishedDateFinder.FindInText(noise, new string('/', 5000))));
        Assert.Null(PublishedDateFinder.FindInText("", null));
    }
}
