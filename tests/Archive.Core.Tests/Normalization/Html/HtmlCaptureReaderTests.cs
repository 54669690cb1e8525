using System.Text;
using Archive.Core.Model;
using Archive.Core.Normalization;
using Archive.Core.Normalization.Html;

namespace Archive.Core.Tests.Normalization.Html;

public sealed class HtmlCaptureReaderTests
{
    private const string Story = """
        <html><head><title>Pier reopens after storm damage | Bay Herald</title><meta property="og:site_name" content="Bay Herald"></head>
        <body>
        <nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
        <div class="article-body">
          <h1>Pier reopens after storm damage</h1>
          <p>The pier reopened to visitors on Friday, five months after a winter storm tore away a section of its decking and left the end cut off.</p>
          <p>Engineers replaced more than two hundred timber boards and strengthened the iron supports, which had been weakened by a century of salt water.</p>
          <div class="fact-box">Opening hours: ten until six, every day of the week, throughout the season.</div>
          <p>The operators said ticket prices would stay the same this year, despite the cost of the repairs, to win back the visitors they lost.</p>
        </div>
        <div class="comments"><p>About time too, we have missed our walks on the pier all winter long, and the children have asked every week.</p></div>
        </body></html>
        """;

    private static CaptureResult Read(string html, SourceRules? rules = null) =>
        new HtmlCaptureReader().Read(CaptureInput.FromText("page.html", html), rules ?? SourceRules.None);

    [Fact]
    public void A_div_opened_in_one_noscript_and_closed_in_another_does_not_hide_the_page()
    {
        // Read as a browser with scripts on reads it: noscript holds text, so its div never opens.
        var html = Story.Replace("<body>", "<body><noscript><div class=\"nojs\"></noscript>", StringComparison.Ordinal)
            .Replace("</body>", "<noscript></div></noscript></body>", StringComparison.Ordinal);

        var result = Read(html);

        Assert.Contains(result.Article.Body, block => block.Text.StartsWith("The pier reopened", StringComparison.Ordinal));
    }

    [Fact]
    public void A_select_left_open_above_the_article_does_not_swallow_it()
    {
        // The parser puts the rest of the page inside the unclosed select; a browser shows it as the page.
        var html = Story.Replace(
            "<body>",
            "<body><div class=\"stations\"><b>Listen live</b><select name=\"s\" onchange=\"go(this)\"><option>STATIONS</option><option value=\"/a\">Station A</div>",
            StringComparison.Ordinal);

        var result = Read(html);

        Assert.Contains(result.Article.Body, block => block.Text.StartsWith("The pier reopened", StringComparison.Ordinal));
        Assert.Contains(result.Article.Body, block => block.Text.StartsWith("The operators said", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_page_gives_an_empty_article_without_throwing()
    {
        var result = new HtmlCaptureReader().Read(new CaptureInput("empty.html", ReadOnlyMemory<byte>.Empty, ""), SourceRules.None);

        Assert.Empty(result.Article.Body);
        Assert.Equal("", result.Article.Title);
    }

    [Fact]
    public void Binary_junk_never_throws()
    {
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);

        var result = new HtmlCaptureReader().Read(CaptureInput.FromBytes("junk.html", bytes), SourceRules.None);

        Assert.NotNull(result.Article);
        Assert.All(result.Article.Body, block => Assert.DoesNotContain(block.Text, c => char.IsControl(c)));
    }

    [Fact]
    public void Deeply_nested_markup_is_read_without_overflowing_the_stack()
    {
        const int depth = 50_000;
        var html = string.Concat(Enumerable.Repeat("<div>", depth))
            + "<p>The text at the bottom of a very deep page, with enough words, commas and length to count.</p>"
            + string.Concat(Enumerable.Repeat("</div>", depth));

        var result = Read(html);

        Assert.Contains(result.Article.Body, block => block.Text.StartsWith("The text at the bottom", StringComparison.Ordinal));
    }

    [Fact]
    public void Charset_declared_in_a_meta_tag_decodes_a_legacy_page()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Le caf\u00e9 de la gare rouvre ses portes, apr\u00e8s des mois de travaux, avec une nouvelle terrasse.</p></body></html>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);

        var result = new HtmlCaptureReader().Read(new CaptureInput("legacy.html", bytes, CaptureInput.Decode(bytes)), SourceRules.None);

        Assert.Contains("caf\u00e9 de la gare", result.Article.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_name_suffix_is_removed_from_the_title()
    {
        var result = Read(Story);

        Assert.Equal("Pier reopens after storm damage", result.Article.Title);
        Assert.Equal("Bay Herald", result.Article.SourceName);
    }

    [Fact]
    public void Headline_and_comments_stay_out_of_the_body()
    {
        var result = Read(Story);

        Assert.DoesNotContain("Pier reopens after storm damage", result.Article.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("About time too", result.Article.BodyText, StringComparison.Ordinal);
        Assert.StartsWith("The pier reopened to visitors on Friday", result.Article.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Dropped_regions_are_reported_with_a_reason()
    {
        var result = Read(Story);

        Assert.Contains(result.Dropped, d => d.Text.StartsWith("About time too", StringComparison.Ordinal) && d.Reason.Length > 0);
        Assert.Contains(result.Dropped, d => d.Text.StartsWith("Home", StringComparison.Ordinal));
    }

    [Fact]
    public void Drop_selector_removes_the_element_it_names()
    {
        var rules = new SourceRules(dropSelectors: [".fact-box"]);

        var result = Read(Story, rules);

        Assert.DoesNotContain("Opening hours", result.Article.BodyText, StringComparison.Ordinal);
        Assert.Contains(result.Dropped, d => d.Reason.Contains("source rule", StringComparison.Ordinal));
    }

    [Fact]
    public void Keep_selector_brings_back_an_element_the_heuristics_drop()
    {
        var rules = new SourceRules(keepSelectors: [".comments"]);

        var result = Read(Story, rules);

        Assert.Contains("About time too", result.Article.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_selectors_are_ignored_rather_than_thrown()
    {
        var rules = new SourceRules(dropSelectors: ["div[[", ":nonsense(", ""], keepSelectors: [">>>"]);

        var result = Read(Story, rules);

        Assert.Empty(result.Diagnostics);
        Assert.StartsWith("The pier reopened to visitors on Friday", result.Article.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_are_plain_text_with_whitespace_normalised()
    {
        const string html = """
            <html><body><article>
            <p>The   council <b>approved</b>
               the plan, after a <a href="/x">long&nbsp;debate</a>, on Tuesday evening, by nine votes to four.</p>
            <p>Work on the new bridge will start in the spring and should take about eighteen months to complete.</p>
            </article></body></html>
            """;

        var result = Read(html);

        Assert.Equal("The council approved the plan, after a long debate, on Tuesday evening, by nine votes to four.", result.Article.Body[0].Text);
        Assert.DoesNotContain(result.Article.Body, block => block.Text.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public void Numbered_list_items_are_marked_ordered_and_bullets_are_not()
    {
        const string html = """
            <html><body><article>
            <p>The plan sets out what will happen over the next three years, in a particular order, and at a particular cost.</p>
            <ol><li>Repair the roof.</li><li>Replace the windows.</li></ol>
            <ul><li>Paint the hall.</li></ul>
            <p>The trustees say the whole programme will be paid for by grants, donations and a small rise in the hire charges.</p>
            </article></body></html>
            """;

        var body = Read(html).Article.Body;

        Assert.Equal([true, true], body.Where(b => b.Kind == BlockKind.ListItem && b.Ordered).Select(b => b.Ordered));
        Assert.Contains(body, b => b is { Kind: BlockKind.ListItem, Ordered: false, Text: "Paint the hall." });
    }

    [Fact]
    public void Standfirst_is_left_out_when_the_description_only_repeats_the_first_paragraph()
    {
        const string html = """
            <html><head><meta name="description" content="The pier reopened to visitors on Friday, five months after a winter storm..."></head>
            <body><article>
            <p>The pier reopened to visitors on Friday, five months after a winter storm tore away a section of its decking.</p>
            <p>Engineers replaced more than two hundred timber boards and strengthened the iron supports underneath.</p>
            </article></body></html>
            """;

        Assert.Null(Read(html).Article.Standfirst);
    }

    [Fact]
    public void Title_falls_back_to_the_first_heading_when_the_page_has_no_title()
    {
        const string html = "<html><body><h1>Market hall wins listed status</h1><p>The Victorian market hall has been given listed status, protecting it from demolition, after a long campaign.</p></body></html>";

        Assert.Equal("Market hall wins listed status", Read(html).Article.Title);
    }
}
