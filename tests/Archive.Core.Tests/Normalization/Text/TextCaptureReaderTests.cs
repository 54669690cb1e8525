using Archive.Core.Model;
using Archive.Core.Normalization;
using Archive.Core.Normalization.Text;

namespace Archive.Core.Tests.Normalization.Text;

public sealed class TextCaptureReaderTests
{
    private const string Article = """
        Harwick pool to close after council vote
        Councillors in Harwick voted on Tuesday to close the town's last public swimming pool, ending a long campaign.

        The decision was taken after engineers reported that the roof of the building could no longer be repaired.

        Sponsored: Win a weekend in Paris

        Local parents said they were disappointed and would continue to raise money for a new pool in the town.
        """;

    private static CaptureResult Read(string text, SourceRules? rules = null) =>
        new TextCaptureReader().Read(CaptureInput.FromText("case.txt", text), rules ?? SourceRules.None);

    [Fact]
    public void Soft_hyphens_inside_words_are_dropped_so_the_words_stay_whole()
    {
        var hyphenated = Article.Replace("Councillors", "Coun\u00ADcil\u00ADlors", StringComparison.Ordinal)
            .Replace("engineers", "en\u00ADgi\u00ADneers", StringComparison.Ordinal);

        var body = Read(hyphenated).Article.BodyText;

        Assert.DoesNotContain('\u00AD', body);
        Assert.Contains("Councillors in Harwick voted", body, StringComparison.Ordinal);
        Assert.Contains("after engineers reported", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Bbc_capture_keeps_every_body_paragraph_and_drops_the_page_furniture()
    {
        // Arrange
        var path = Path.Combine(RepositoryRoot(), "input", "000_65a9ed0f9e69ed43.txt");
        var text = File.ReadAllText(path);

        // Act
        var result = Read(text);
        var article = result.Article;
        var body = article.BodyText;

        // Assert
        Assert.Equal("Ukraine crisis: US-Russia deadlock despite 'frank' talks", article.Title);
        Assert.StartsWith("US Secretary of State John Kerry has announced no breakthrough", body, StringComparison.Ordinal);
        Assert.EndsWith("after pulling out of an association deal with Brussels.", body, StringComparison.Ordinal);
        Assert.Contains("No wonder Sergei Lavrov looked satisfied", body, StringComparison.Ordinal);
        Assert.Contains("In other ways, too, Mr Kerry seemed less than forceful", body, StringComparison.Ordinal);
        Assert.Contains("\"This principle is clear: no decisions about Ukraine without Ukraine.\"", body, StringComparison.Ordinal);
        Assert.Contains(article.Body, b => b.Kind == BlockKind.Heading && b.Text == "'Differences of opinion'");
        Assert.Equal(27, article.Body.Count);
        foreach (var gone in new[] { "SinghNo", "More on This Story", "More Europe stories", "Ukraine crisis\n", "Try our new site", "Take me there", "Copyright", "up-to-date web browser", "Map of Crimea", "Pro-European supporters" })
        {
            Assert.DoesNotContain(gone, body, StringComparison.Ordinal);
        }

        Assert.Equal(["Ukraine crisis"], article.Tags);
        Assert.Equal("BBC", article.SourceName);
        Assert.Equal(5, article.Captions.Count);
        Assert.Contains("Map of Crimea", article.Captions);
        Assert.Contains(result.Dropped, d => d.Reason == "browser notice");
        Assert.Contains(result.Dropped, d => d.Reason == "copyright" && d.Text.StartsWith("Copyright © 2015 BBC.", StringComparison.Ordinal));
        Assert.Contains(result.Dropped, d => d.Reason == "promo rail" && d.Text.Contains("SinghNo", StringComparison.Ordinal));
    }

    [Fact]
    public void Body_blocks_carry_their_line_numbers()
    {
        var article = Read(Article).Article;

        Assert.Equal([2, 4, 8], article.Body.Select(b => b.Line));
    }

    [Fact]
    public void Every_dropped_line_is_reported_with_a_reason()
    {
        var result = Read(Article + "\nCopyright © 2021 Harwick Courier\n");

        Assert.Contains(result.Dropped, d => d.Line == 6 && d.Reason.Length > 0);
        Assert.Contains(result.Dropped, d => d.Reason == "copyright" && d.Line == 9);
    }

    [Fact]
    public void Drop_line_rule_removes_matching_lines()
    {
        var rules = new SourceRules(dropLines: ["^Local parents"]);

        var result = Read(Article, rules);

        Assert.DoesNotContain("Local parents", result.Article.BodyText, StringComparison.Ordinal);
        Assert.Contains(result.Dropped, d => d.Reason == "source rule");
    }

    [Fact]
    public void Keep_line_rule_keeps_a_line_the_heuristics_would_drop()
    {
        var rules = new SourceRules(keepLines: ["^Sponsored:"]);

        var article = Read(Article, rules).Article;

        Assert.Contains("Sponsored: Win a weekend in Paris", article.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_line_rule_is_reported_and_never_throws()
    {
        var rules = new SourceRules(dropLines: ["(unclosed"], keepLines: ["[z-a]"]);

        var result = Read(Article, rules);

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal("ARC202", d.Code));
        Assert.Contains("Local parents", result.Article.BodyText, StringComparison.Ordinal);
        Assert.False(LineRules.TryCompile("(unclosed", out _, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Empty_capture_gives_an_empty_article()
    {
        var result = Read("");

        Assert.Equal("", result.Article.Title);
        Assert.Empty(result.Article.Body);
    }

    [Fact]
    public void Capture_without_prose_keeps_no_navigation()
    {
        var result = Read("Home\nNews\nSport\nContact us\n");

        Assert.Empty(result.Article.Body);
        Assert.Equal(4, result.Dropped.Count + (result.Article.Title.Length > 0 ? 1 : 0));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Site.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Site.sln not found above the test output folder.");
    }
}
