using AngleSharp.Html.Parser;
using Archive.Core.Normalization.Dates;

namespace Archive.Core.Tests.Normalization.Dates;

public sealed class HtmlPublishedDateTests
{
    private static DateOnly? Find(string html, string? url = null) =>
        PublishedDateFinder.FindInHtml(new HtmlParser().ParseDocument(html), url);

    private static string Page(string head, string body) =>
        $"<!doctype html><html lang=\"de\"><head><title>Stadtrat beschließt neuen Radweg</title>{head}</head><body>{body}</body></html>";

    [Fact]
    public void Json_ld_date_published_is_used()
    {
        var html = Page(
            """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Radweg","datePublished":"2019-11-05T08:00:00+01:00","dateModified":"2019-11-07T10:00:00+01:00"}</script>""",
            "<h1>Stadtrat beschließt neuen Radweg</h1><p>Text.</p>");

        Assert.Equal(new DateOnly(2019, 11, 5), Find(html));
    }

    [Fact]
    public void Json_ld_inside_a_graph_prefers_the_article_over_the_web_page()
    {
        var html = Page(
            """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","datePublished":"2019-11-01T00:00:00Z"},
              {"@type":"BlogPosting","datePublished":"2019-11-05T09:00:00+00:00"}]}</script>
            """,
            "<h1>Stadtrat beschließt neuen Radweg</h1>");

        Assert.Equal(new DateOnly(2019, 11, 5), Find(html));
    }

    [Fact]
    public void Json_ld_arrays_and_broken_json_are_read()
    {
        var array = Page("""<script type="application/ld+json">[{"@type":"Organization","name":"Blatt"},{"@type":"Article","datePublished":"2020-03-02"}]</script>""", "");
        var broken = Page("""<script type="application/ld+json">{"@type":"Article", "datePublished": "2020-03-02T10:00:00+01:00", oops}</script>""", "");

        Assert.Equal(new DateOnly(2020, 3, 2), Find(array));
        Assert.Equal(new DateOnly(2020, 3, 2), Find(broken));
    }

    [Theory]
    [InlineData("property", "article:published_time")]
    [InlineData("name", "pubdate")]
    [InlineData("name", "DC.date.issued")]
    [InlineData("name", "parsely-pub-date")]
    [InlineData("name", "sailthru.date")]
    [InlineData("itemprop", "datePublished")]
    public void Publication_meta_tags_are_used(string attribute, string key)
    {
        var html = Page($"""<meta {attribute}="{key}" content="2021-06-14T12:00:00+02:00">""", "<h1>Titel</h1>");

        Assert.Equal(new DateOnly(2021, 6, 14), Find(html));
    }

    [Fact]
    public void A_timestamp_keeps_the_day_of_its_own_offset()
    {
        var html = Page("""<meta property="article:published_time" content="2019-11-05T23:30:00-05:00">""", "");

        Assert.Equal(new DateOnly(2019, 11, 5), Find(html));
    }

    [Fact]
    public void A_utc_timestamp_yields_to_the_local_day_the_page_shows()
    {
        var html = Page(
            """<meta property="article:published_time" content="2021-11-04T23:00:00Z">""",
            "<h1>Titel</h1><p class=\"byline\">5. November 2021</p>");

        Assert.Equal(new DateOnly(2021, 11, 5), Find(html));
    }

    [Fact]
    public void Publication_beats_modification_when_both_are_stated()
    {
        var html = Page(
            """
            <meta property="article:modified_time" content="2019-12-01T10:00:00+01:00">
            <meta property="article:published_time" content="2019-11-05T10:00:00+01:00">
            """,
            "<h1>Titel</h1><p class=\"byline\">5. November 2019, aktualisiert 1. Dezember 2019</p>");

        Assert.Equal(new DateOnly(2019, 11, 5), Find(html));
    }

    [Fact]
    public void Modification_date_is_a_last_resort()
    {
        var html = Page("""<meta property="article:modified_time" content="2019-12-01T10:00:00+01:00">""", "<h1>Titel</h1><p>Kein Datum im Text.</p>");

        Assert.Equal(new DateOnly(2019, 12, 1), Find(html));
    }

    [Fact]
    public void Time_element_of_the_article_wins_over_times_in_related_lists()
    {
        var html = Page(
            "",
            """
            <nav><time datetime="2023-11-07">7. November 2023</time></nav>
            <article><h1>Stadtrat beschließt neuen Radweg</h1><time datetime="2019-11-05T10:00">5. November 2019</time><p>Text.</p>
              <ul class="related-articles"><li><a href="/a">Andere</a> <time datetime="2019-10-01">1. Oktober 2019</time></li></ul>
            </article>
            """);

        Assert.Equal(new DateOnly(2019, 11, 5), Find(html));
    }

    [Fact]
    public void Times_in_related_lists_alone_give_no_date()
    {
        var html = Page(
            "",
            """
            <h1>Stadtrat beschließt neuen Radweg</h1><p>Text ohne Datum.</p>
            <aside><ul><li><time datetime="2019-10-01">1. Oktober 2019</time></li><li><time datetime="2019-09-01">1. September 2019</time></li></ul></aside>
            """);

        Assert.Null(Find(html));
    }

    [Fact]
    public void Date_classed_byline_element_is_read_as_text()
    {
        var html = Page("", """<h1>Stadtrat beschließt neuen Radweg</h1><div class="article-date">Veröffentlicht am 04.11.2019, 10:15 Uhr</div><p>Text.</p>""");

        Assert.Equal(new DateOnly(2019, 11, 4), Find(html));
    }

    [Fact]
    public void Url_date_is_used_when_the_page_states_nothing_else()
    {
        var html = Page("", "<h1>Titel</h1><p>Text.</p>");

        Assert.Equal(new DateOnly(2019, 11, 5), Find(html, "https://example.org/news/2019/11/05/radweg/"));
    }

    [Fact]
    public void Canonical_link_gives_the_url_when_the_caller_has_none()
    {
        var html = Page("""<link rel="canonical" href="https://example.org/2020-03-02-radweg.html">""", "<h1>Titel</h1>");

        Assert.Equal(new DateOnly(2020, 3, 2), Find(html));
    }

    [Fact]
    public void Footer_copyright_year_is_not_a_publication_date()
    {
        var html = Page("", "<h1>Titel</h1><p>Text.</p><footer>© 2023 Verlag. Alle Rechte vorbehalten. Stand 01.01.2023</footer>");

        Assert.Null(Find(html));
    }

    [Fact]
    public void Header_today_date_loses_to_the_byline()
    {
        var html = Page(
            "",
            """
            <header class="site-header"><nav><a href="/">Start</a></nav><span>Heute: Dienstag, 7. November 2023</span></header>
            <div class="content"><h1>Stadtrat beschließt neuen Radweg</h1><p>Von Anna Muster, 4. November 2023</p>
            <p>Der Stadtrat hat am Abend nach langer Debatte einen neuen Radweg beschlossen, der die Innenstadt mit dem Bahnhof verbinden soll und im nächsten Jahr gebaut wird.</p></div>
            """);

        Assert.Equal(new DateOnly(2023, 11, 4), Find(html));
    }

    [Fact]
    public void Impossible_and_out_of_range_dates_are_rejected()
    {
        Assert.Null(Find(Page("""<meta property="article:published_time" content="2019-02-30T10:00:00Z">""", "")));
        Assert.Null(Find(Page("""<meta property="article:published_time" content="2999-01-01T10:00:00Z">""", "")));
        Assert.Null(Find(Page("""<meta property="article:published_time" content="1970-01-01T00:00:00Z">""", "")));
    }

    [Fact]
    public void Shown_update_day_beats_a_publication_day_the_page_never_shows()
    {
        var html = Page(
            """
            <meta property="article:published_time" content="2016-08-29T10:00:00Z">
            <meta property="article:modified_time" content="2019-05-06T10:00:00Z">
            """,
            "<h1>Hortensien pflegen</h1><p class=\"meta\">Updated May 6, 2019</p>");

        Assert.Equal(new DateOnly(2019, 5, 6), Find(html));
    }

    [Fact]
    public void Hostile_metadata_never_throws()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500);
        var html = Page(
            $$"""
            <script type="application/ld+json">{{deep}}</script>
            <script type="application/ld+json">{"@type":["Article",3],"datePublished":{"x":1},"dateCreated":[5],"dateModified":null}</script>
            <meta property="article:published_time" content="{{new string('9', 5000)}}">
            <meta name="date" content="1e308">
            """,
            "<time datetime=\"--\"></time><div class=\"date\">99.99.9999</div>");

        Assert.Null(Record.Exception(() => Find(html)));
    }

    [Fact]
    public void An_empty_document_gives_no_date()
    {
        Assert.Null(Find(""));
        Assert.Null(Find("<html><body><p>2019</p></body></html>"));
    }
}
