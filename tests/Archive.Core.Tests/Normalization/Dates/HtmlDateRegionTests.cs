using AngleSharp.Html.Parser;
using Archive.Core.Model;
using Archive.Core.Normalization.Dates;

namespace Archive.Core.Tests.Normalization.Dates;

/// <summary>
/// Kinds of HTML date errors of issue 17 (invented pages): the article's own metadata in places named like furniture,
/// labelled and script-written days, namespaced meta keys, the update day a page shows, the headline as the text's anchor,
/// and the preview image's day as a last resort.
/// </summary>
public sealed class HtmlDateRegionTests
{
    private const string Prose =
        "<p>Der Gemeinderat hat am Abend lange über die Pläne gesprochen und sich am Ende mit knapper Mehrheit für den Umbau entschieden. " +
        "Die Arbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern, teilte die Verwaltung mit.</p>" +
        "<p>Anwohner hatten zuvor Unterschriften gesammelt und mehr Mitsprache gefordert; sie wollen das Verfahren weiter begleiten.</p>";

    private static PublishedDate? Find(string html) =>
        PublishedDateFinder.FindDayInHtml(new HtmlParser().ParseDocument(html), null);

    private static string Page(string title, string head, string body) =>
        $"<!doctype html><html lang=\"de\"><head><title>{title}</title>{head}</head><body>{body}</body></html>";

    [Fact]
    public void A_metadata_aside_inside_the_article_dates_it()
    {
        // Generic "date" metadata (often the last edit) would be used if the aside were read as a sidebar.
        var html = Page(
            "Neue Brücke über die Lenne eröffnet",
            """<meta name="date" content="2021-03-15">""",
            $"""<article class="story"><h1>Neue Brücke über die Lenne eröffnet</h1><aside class="meta"><time datetime="2021-03-09">9. März 2021</time></aside>{Prose}</article>""");

        Assert.Equal(new DateOnly(2021, 3, 9), Find(html)?.Day);
    }

    [Fact]
    public void A_sidebar_aside_outside_the_article_is_still_furniture()
    {
        var html = Page(
            "Neue Brücke über die Lenne eröffnet",
            """<meta name="date" content="2021-03-15">""",
            $"""<article><h1>Neue Brücke über die Lenne eröffnet</h1>{Prose}</article><aside><h2>Meistgelesen</h2><time datetime="2021-02-01">1. Februar 2021</time></aside>""");

        Assert.Equal(new DateOnly(2021, 3, 15), Find(html)?.Day);
    }

    [Fact]
    public void An_unnamed_aside_after_the_articles_text_is_not_its_metadata()
    {
        var html = Page(
            "Neue Brücke über die Lenne eröffnet",
            """<meta name="date" content="2021-03-15">""",
            $"""<article><h1>Neue Brücke über die Lenne eröffnet</h1>{Prose}<aside><a href="/alt">Die alte Brücke</a> <time datetime="2019-05-02">2. Mai 2019</time></aside></article>""");

        Assert.Equal(new DateOnly(2021, 3, 15), Find(html)?.Day);
    }

    [Theory]
    [InlineData("Datum", "03.02.2018", 2018, 2, 3)]
    [InlineData("Published", "February 3, 2018", 2018, 2, 3)]
    public void A_definition_list_labelled_as_the_publication_day_dates_the_article(string label, string value, int year, int month, int day)
    {
        var html = Page(
            "Umgang mit fremden Plänen",
            "",
            $"""<article><header><h1>Umgang mit fremden Plänen</h1><p>Wer Pläne anderer übernimmt, holt sich leicht fremde Ebenen, Stile und Blöcke ins eigene Projekt; eine kurze Anleitung zeigt, wie man das vermeidet und sauber weiterarbeitet.</p></header><aside class="postData"><dl><dt>Kategorie</dt><dd>Planung</dd><dt>{label}</dt><dd>{value}</dd></dl></aside>{Prose}</article>""");

        Assert.Equal(new DateOnly(year, month, day), Find(html)?.Day);
    }

    [Fact]
    public void A_footer_inside_the_story_container_is_the_articles_own()
    {
        // The headline is an h3 (not an h1) found by the page title; the story's footer holds its only publication microdata.
        var html = Page(
            "Winterdienst startet früh – Stadtwerke Beispielstadt",
            """<meta name="date" content="2022-11-20">""",
            $"""
            <div class="page"><div class="story"><div class="head"><h3>Winterdienst startet früh</h3></div><div class="text">{Prose}</div>
            <div class="footer"><span><time itemprop="datePublished" datetime="2022-12-01">01.12.2022</time></span></div></div></div>
            """);

        Assert.Equal(new DateOnly(2022, 12, 1), Find(html)?.Day);
    }

    [Fact]
    public void A_site_footer_beside_the_navigation_is_not_the_articles()
    {
        var html = Page(
            "Winterdienst startet früh – Stadtwerke Beispielstadt",
            """<meta name="date" content="2022-11-20">""",
            $"""
            <div class="page"><nav><a href="/">Start</a></nav><div class="head"><h3>Winterdienst startet früh</h3></div><div class="text">{Prose}</div>
            <div class="footer"><time itemprop="datePublished" datetime="2022-12-01">01.12.2022</time></div></div>
            """);

        Assert.Equal(new DateOnly(2022, 11, 20), Find(html)?.Day);
    }

    [Fact]
    public void A_container_named_like_a_list_that_holds_the_headline_is_the_article()
    {
        // A CMS names its content element "frame-type-list"; the page's h1 is a screen-reader label, the headline an h2.
        var html = Page(
            "Hafenfest fällt dieses Jahr aus",
            """<meta name="date" content="2020-06-30">""",
            $"""
            <h1 class="sr-only">Details</h1>
            <main><div class="frame frame-type-list"><div class="news-single"><h2>Hafenfest fällt dieses Jahr aus</h2>
            <span class="date">14.07.2020</span>{Prose}</div></div></main>
            """);

        Assert.Equal(new DateOnly(2020, 7, 14), Find(html)?.Day);
    }

    [Fact]
    public void A_day_written_by_a_small_inline_script_dates_the_page()
    {
        var html = Page(
            "Blumen am Fluss",
            "",
            $"""<div class="post"><h1>Blumen am Fluss</h1><div class="info"><script>showDate("2020/04/17 01:43:09")</script></div>{Prose}</div>""");

        Assert.Equal(new DateOnly(2020, 4, 17), Find(html)?.Day);
    }

    [Theory]
    [InlineData("photosite:uploaded", "2013-02-16T04:36:36-05:00", 2013, 2, 16)]
    [InlineData("mysite:published_time", "2019-08-01T10:00:00+02:00", 2019, 8, 1)]
    public void A_known_key_in_a_sites_own_namespace_is_read(string key, string value, int year, int month, int day)
    {
        var html = Page("Frühling am See", $"""<meta property="{key}" content="{value}">""", "<h1>Frühling am See</h1><p>Ein Foto.</p>");

        Assert.Equal(new DateOnly(year, month, day), Find(html)?.Day);
    }

    [Fact]
    public void A_namespaced_key_that_is_not_a_publication_key_is_ignored()
    {
        var html = Page("Frühling am See", """<meta property="profile:created" content="2011-01-01">""", "<h1>Frühling am See</h1><p>Ein Foto.</p>");

        Assert.Null(Find(html));
    }

    [Fact]
    public void The_update_day_a_page_shows_wins_over_a_publication_day_it_never_shows()
    {
        // The publication day (2 May, local time) is not shown; the day after it is, as the stated update day.
        var html = Page(
            "Landtag berät Haushalt",
            """<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-02T18:00:00+02:00","dateModified":"2023-05-03T09:00:00+02:00"}</script>""",
            $"""<article><h1>Landtag berät Haushalt</h1><p class="stand">Stand: 03.05.2023 09:00 Uhr</p>{Prose}</article>""");

        Assert.Equal(new DateOnly(2023, 5, 3), Find(html)?.Day);
    }

    [Fact]
    public void A_utc_publication_day_next_to_the_shown_day_is_still_the_publication()
    {
        // A UTC timestamp's local day may be the shown one: the ±1 tolerance stays for UTC values.
        var html = Page(
            "Landtag berät Haushalt",
            """<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-02T23:00:00Z","dateModified":"2023-05-03T09:00:00Z"}</script>""",
            $"""<article><h1>Landtag berät Haushalt</h1><p class="stand">3. Mai 2023</p>{Prose}</article>""");

        Assert.Equal(new DateOnly(2023, 5, 3), Find(html)?.Day);
    }

    [Fact]
    public void The_headline_not_a_logo_h1_anchors_a_dateline()
    {
        // The h1 is the site's logo; the headline is the h2 that repeats the title, and the dateline opens the paragraph after
        // the standfirst and byline: near the headline, but below the first long paragraph, which anchors the text without a title.
        var html = Page(
            "Gedenken am Hafen mit neuen Tafeln",
            "",
            """
            <h1><a href="/"></a><i>Blatt</i></h1><div class="content"><h2>Gedenken am Hafen mit neuen Tafeln</h2>
            <p class="lead">Zum Jahrestag erinnern Initiativen aus dem Viertel an die Familien, die einst am Hafen wohnten, und laden den ganzen Sommer über zu Führungen, Lesungen und Gesprächen mit Zeitzeugen ein.</p>
            <p>Von Jana Beispiel</p><p>Fotos: Max Muster</p>
            <p>14.7.2020 - Bei der Feier am Hafen wurden am Vormittag neue Tafeln enthüllt, die an die Geschichte des Viertels erinnern sollen, und viele Gäste kamen.</p>
            <p>Die Tafeln stehen entlang der Promenade und erzählen von Menschen, die hier gelebt und gearbeitet haben; weitere sollen folgen.</p></div>
            """);

        Assert.Equal(new DateOnly(2020, 7, 14), Find(html)?.Day);
    }

    [Fact]
    public void The_preview_images_day_dates_an_otherwise_undated_page_as_inferred()
    {
        var html = Page(
            "Jahresbericht",
            """<meta property="og:image" content="https://example.org/files/2016/05/04/cover.png">""",
            "<h1>Jahresbericht</h1><p>Was wir im vergangenen Jahr erreicht haben.</p>");

        var found = Find(html);

        Assert.Equal(new DateOnly(2016, 5, 4), found?.Day);
        Assert.Equal(DateConfidence.Inferred, found?.Confidence);
    }

    [Fact]
    public void The_preview_images_day_never_overrides_a_stated_day()
    {
        var html = Page(
            "Jahresbericht",
            """<meta property="og:image" content="https://example.org/files/2016/05/04/cover.png"><meta property="article:published_time" content="2017-01-10">""",
            "<h1>Jahresbericht</h1><p>Was wir im vergangenen Jahr erreicht haben.</p>");

        Assert.Equal(new DateOnly(2017, 1, 10), Find(html)?.Day);
        Assert.Equal(DateConfidence.Exact, Find(html)?.Confidence);
    }
}
