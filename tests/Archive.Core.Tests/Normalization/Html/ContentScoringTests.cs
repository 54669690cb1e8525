using Archive.Core.Learning;
using Archive.Core.Normalization;
using Archive.Core.Normalization.Html;
using Archive.Core.Normalization.Html.Learning;
using Archive.Testing;

namespace Archive.Core.Tests.Normalization.Html;

public sealed class ContentScoringTests
{
    [Fact]
    public void A_scoring_file_reads_back_to_the_values_written()
    {
        // Arrange
        var scoring = ContentScoring.Default with { CommaWeight = 0.75, MinParagraphLength = 40, LinkDensityWeight = 1.3333333333333333 };
        var file = new StringWriter { NewLine = "\n" };

        // Act
        scoring.Write(file, "made by: a test");
        var read = ContentScoring.Read(new StringReader(file.ToString()));

        // Assert
        Assert.Equal(scoring, read);
        Assert.StartsWith("# HTML content scoring", file.ToString(), StringComparison.Ordinal);
        Assert.Contains("# made by: a test\n", file.ToString(), StringComparison.Ordinal);
        Assert.Contains("comma-weight\t0.75\n", file.ToString(), StringComparison.Ordinal);
        Assert.Equal(ContentScoring.Parameters.Count, file.ToString().Split('\n').Count(l => l.Length > 0 && l[0] != '#'));
    }

    [Fact]
    public void A_value_the_file_does_not_state_keeps_its_default()
    {
        var read = ContentScoring.Read(new StringReader("# partial\nsibling-share\t0.3\nmin-paragraph-length\t31\n"));

        Assert.Equal(ContentScoring.Default with { SiblingShare = 0.3, MinParagraphLength = 31 }, read);
    }

    [Fact]
    public void An_unknown_name_in_a_scoring_file_is_an_error()
    {
        var error = Assert.Throws<FormatException>(() => ContentScoring.Read(new StringReader("comma-weight\t1\nno-such-value\t2\n")));

        Assert.Contains("no-such-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_values_read_a_page_as_the_reader_always_has()
    {
        var page = CaptureInput.FromText("page.html", DecoyPages.Html(0));

        var plain = new HtmlCaptureReader().Read(page, SourceRules.None).Article.BodyText;
        var withDefaults = new HtmlCaptureReader(ContentScoring.Read(new StringReader(""))).Read(page, SourceRules.None).Article.BodyText;

        Assert.Equal(plain, withDefaults);
        Assert.Contains("figs, plums", plain, StringComparison.Ordinal);
        Assert.DoesNotContain(DecoyPages.Article(0)[0], plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_read_from_a_file_change_what_the_reader_keeps()
    {
        var page = CaptureInput.FromText("page.html", DecoyPages.Html(1));
        var scoring = ContentScoring.Read(new StringReader("min-paragraph-length\t31\n"));

        var body = new HtmlCaptureReader(scoring).Read(page, SourceRules.None).Article.BodyText;

        Assert.Equal(string.Join("\n\n", DecoyPages.Article(1)), body);
    }

    [Fact]
    public void The_search_moves_the_values_that_find_the_article_and_is_reproducible()
    {
        // Arrange
        var pages = Enumerable.Range(0, 3)
            .Select(n => ScoringPage.Of($"page{n}", CaptureInput.FromText($"page{n}.html", DecoyPages.Html(n)), string.Join("\n\n", DecoyPages.Article(n)))!)
            .ToList();
        var options = new HtmlTrainingOptions(Seed: 7, Rounds: 2);

        // Act
        var before = ContentScoringSearch.Evaluate(pages, ContentScoring.Default).F1;
        var (fitted, f1) = ContentScoringSearch.Fit(pages, ContentScoring.Default, options);
        var (again, _) = ContentScoringSearch.Fit(pages, ContentScoring.Default, options);
        pages.ForEach(p => p.Dispose());

        // Assert
        Assert.True(before < 0.1, $"the built-in values should keep the decoy (F1 {before})");
        Assert.Equal(1.0, f1, 6);
        Assert.True(fitted.MinParagraphLength > 28, $"min-paragraph-length {fitted.MinParagraphLength}");
        Assert.Equal(fitted, again);
    }

    [Fact]
    public void Candidates_stay_in_range_and_round_integer_values()
    {
        var levels = ContentScoring.Parameters.Single(p => p.Name == "ancestor-levels");

        var values = ContentScoringSearch.Candidates(levels, 5);

        Assert.All(values, v => Assert.InRange(v, levels.Min, levels.Max));
        Assert.All(values, v => Assert.Equal(Math.Round(v), v));
        Assert.DoesNotContain(5.0, values);
        Assert.Equal(values.Distinct().Count(), values.Count);
    }
}
