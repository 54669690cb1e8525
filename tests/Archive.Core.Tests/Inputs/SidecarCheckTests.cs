using System.Text;
using Archive.Core.Diagnostics;
using Archive.Core.Inputs;
using Archive.Core.Normalization;

namespace Archive.Core.Tests.Inputs;

/// <summary>What sidecars and front matter get wrong is reported with its file, and names are shown as written.</summary>
public sealed class SidecarCheckTests
{
    private const string Capture = "A headline from the capture\n\nMinisters met on Tuesday to agree the budget for the coming year, officials said.\n";

    [Fact]
    public void A_key_given_twice_in_a_sidecar_is_a_warning_with_its_line_and_the_later_value_wins()
    {
        var result = Normalise("story.txt", Capture, "title: First\nsource: The Gazette\ntitle: Second\n");

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "ARC016");
        Assert.Equal((DiagnosticSeverity.Warning, "story.txt.yml", 3), (warning.Severity, warning.File, warning.Line));
        Assert.Contains("'title' (first on line 1)", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Second", result.Article.Title);
    }

    [Fact]
    public void A_key_given_twice_in_front_matter_is_a_warning_at_its_line_in_the_note()
    {
        var result = Normalise("note.md", "---\ntitle: A note\ntags: [One]\ntags: [Two]\n---\nBody text of the note.\n", sidecar: null);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "ARC016");
        Assert.Equal((DiagnosticSeverity.Warning, "note.md", 4), (warning.Severity, warning.File, warning.Line));
    }

    [Fact]
    public void The_same_key_in_two_mappings_is_not_a_duplicate()
    {
        var result = Normalise("story.txt", Capture, "title: A\nextra:\n  name: x\nmore:\n  - name: y\n  - name: z\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ARC016");
    }

    [Theory]
    [InlineData("published", "2014-02-30")]
    [InlineData("captured", "2014-13-01")]
    [InlineData("published", "last spring")]
    public void An_invalid_sidecar_date_is_a_warning_naming_the_file_key_and_value(string key, string value)
    {
        var result = Normalise("story.txt", Capture, $"title: A title\n{key}: {value}\n");

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "ARC017");
        Assert.Equal((DiagnosticSeverity.Warning, "story.txt.yml"), (warning.Severity, warning.File));
        Assert.Contains(key, warning.Message, StringComparison.Ordinal);
        Assert.Contains(value, warning.Message, StringComparison.Ordinal);
        Assert.Null(key == "published" ? result.Article.Published : result.Article.Captured);
    }

    [Fact]
    public void An_invalid_front_matter_date_is_a_warning_too()
    {
        var result = Normalise("note.md", "---\ntitle: A note\npublished: 2014-02-30\n---\nBody text of the note.\n", sidecar: null);

        Assert.Contains(result.Diagnostics, d => d.Code == "ARC017" && d.File == "note.md" && d.Message.Contains("2014-02-30", StringComparison.Ordinal));
        Assert.Null(result.Article.Published);
    }

    [Fact]
    public void Valid_dates_are_not_reported()
    {
        var result = Normalise("story.txt", Capture, "published: 2014-03-30T18:00:00+01:00\ncaptured: 2014/3/31\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ARC017");
        Assert.Equal(new DateOnly(2014, 3, 30), result.Article.Published);
    }

    [Fact]
    public void Bidi_overrides_and_zero_width_characters_are_removed_from_titles_tags_sources_and_bylines()
    {
        var sidecar = "title: \"Budget\\u200B talks \\u202Eend\\u202C\"\n" +
            "source: \"The\\u2066 Gazette\\u2069\"\n" +
            "byline: \"By\\uFEFF Jane\\u2060 Smith\"\n" +
            "tags: [\"\\u202Eniarku\", \"Ukr\\u200Daine\", \"Eco\\u00ADnomy\"]\n";

        var article = Normalise("story.txt", Capture, sidecar).Article;

        Assert.Equal("Budget talks end", article.Title);
        Assert.Equal("The Gazette", article.SourceName);
        Assert.Equal("By Jane Smith", article.Byline);
        Assert.Equal(["niarku", "Ukraine", "Economy"], article.Tags);
    }

    [Fact]
    public void Joiners_stay_inside_emoji_sequences_and_non_latin_words()
    {
        const string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
        const string persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
        var sidecar = $"title: \"{family} {persian}\"\ntags: [\"{persian}\"]\n";

        var article = Normalise("story.txt", Capture, sidecar).Article;

        Assert.Equal($"{family} {persian}", article.Title);
        Assert.Equal([persian], article.Tags);
    }

    [Fact]
    public void A_title_of_only_invisible_characters_falls_back_to_the_file_name()
    {
        var result = Normalise("an-invisible-title.md", "---\ntitle: \"\\u202E\\u200B\\u2066\\u200E\"\ntags: [\"\\u200B\", Real]\n---\nBody text of the note.\n", sidecar: null);

        Assert.Equal("an-invisible-title", result.Article.Title);
        Assert.Contains(result.Diagnostics, d => d.Code == "ARC030");
        Assert.Equal(["Real"], result.Article.Tags);
    }

    private static CaptureResult Normalise(string path, string capture, string? sidecar) =>
        new CaptureProcessor(new SiteSettings(), CaptureReaderRegistry.CreateDefault()).Process(new CaptureFile(
            path, Encoding.UTF8.GetBytes(capture), sidecar is null ? null : path + ".yml", sidecar is null ? null : Encoding.UTF8.GetBytes(sidecar)));
}
