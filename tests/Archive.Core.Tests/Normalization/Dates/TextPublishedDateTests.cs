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
