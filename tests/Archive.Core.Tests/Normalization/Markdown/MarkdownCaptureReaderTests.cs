using Archive.Core.Model;
using Archive.Core.Normalization;
using Archive.Core.Normalization.Markdown;

namespace Archive.Core.Tests.Normalization.Markdown;

public sealed class MarkdownCaptureReaderTests
{
    [Fact]
    public void Front_matter_sets_the_fields_and_the_body_becomes_blocks()
    {
        const string note = "---\ntitle: Notes\npublished: 2014-03-31\ntags: [A, B]\n---\n\n# Heading one\n\nFirst *para*.\n\n## Sub\n\n- one\n- two\n\n> quoted\n\n<script>alert(1)</script>\n";

        var result = new MarkdownCaptureReader().Read(CaptureInput.FromText("n.md", note), SourceRules.None);

        var article = result.Article;
        Assert.Equal("Notes", article.Title);
        Assert.Equal(new DateOnly(2014, 3, 31), article.Published);
        Assert.Equal(["A", "B"], article.Tags);
        Assert.Equal(
            [(BlockKind.Paragraph, "First para."), (BlockKind.Heading, "Sub"), (BlockKind.ListItem, "one"), (BlockKind.ListItem, "two"), (BlockKind.Quote, "quoted")],
            article.Body.Select(b => (b.Kind, b.Text)));
        Assert.Contains(result.Dropped, d => d.Reason.Contains("HTML", StringComparison.Ordinal));
    }

    [Fact]
    public void An_image_becomes_a_figure_after_its_paragraph_and_its_alt_text_stays_out_of_the_text()
    {
        const string note = "First ![A gull](pier_files/gull.jpg \"Gulls at dawn\") line.\n\nSecond ![](https://example.org/quay.jpg)\n";

        var body = new MarkdownCaptureReader().Read(CaptureInput.FromText("n.md", note), SourceRules.None).Article.Body;

        Assert.Equal(4, body.Count);
        Assert.Equal("First  line.", body[0].Text);
        Assert.Equal(new Figure("pier_files/gull.jpg", "A gull", "Gulls at dawn"), body[1].Figure);
        Assert.Equal("Second", body[2].Text.Trim());
        Assert.Equal(new Figure("https://example.org/quay.jpg", "", null), body[3].Figure);
    }

    [Fact]
    public void Bad_front_matter_is_reported_at_its_line_in_the_file()
    {
        var result = new MarkdownCaptureReader().Read(CaptureInput.FromText("n.md", "---\ntitle: ok\ntags: [x\n---\nBody\n"), SourceRules.None);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("n.md", diagnostic.File);
        Assert.True(diagnostic.Line >= 3, $"line {diagnostic.Line}");
        Assert.Equal("Body", Assert.Single(result.Article.Body).Text);
    }
}
