using Archive.Core.Diagnostics;
using Archive.Core.Inputs;

namespace Archive.Core.Tests.Inputs;

public sealed class YamlReaderTests
{
    [Fact]
    public void A_sidecar_is_read_into_typed_fields()
    {
        var diagnostics = new List<Diagnostic>();

        var sidecar = YamlReader.Read<Sidecar>("title: A title\npublished: 2014-03-30\ntags: [One, Two]\n", "a.txt.yml", diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("A title", sidecar!.Title);
        Assert.Equal(new DateOnly(2014, 3, 30), DateValue.Parse(sidecar.Published));
        Assert.Equal(["One", "Two"], sidecar.Tags!);
    }

    [Fact]
    public void Bad_yaml_is_a_diagnostic_with_file_and_line_not_an_exception()
    {
        var diagnostics = new List<Diagnostic>();

        var sidecar = YamlReader.Read<Sidecar>("title: fine\ntags: [unclosed\nurl: x\n", "bad.txt.yml", diagnostics);

        Assert.Null(sidecar);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("bad.txt.yml", diagnostic.File);
        Assert.True(diagnostic.Line >= 2, $"line {diagnostic.Line}");
    }

    [Fact]
    public void Yaml_aliases_are_refused_so_alias_bombs_cannot_expand()
    {
        var diagnostics = new List<Diagnostic>();
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n";

        var result = YamlReader.Read<Sidecar>(bomb, "bomb.yml", diagnostics);

        Assert.Null(result);
        Assert.Contains("aliases", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2014-03-30", 2014, 3, 30)]
    [InlineData("2014-03-30T23:30:00-05:00", 2014, 3, 30)]
    [InlineData("2014/3/5", 2014, 3, 5)]
    public void Dates_keep_the_day_as_written(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DateValue.Parse(text));

    [Fact]
    public void Front_matter_is_split_from_the_body_with_the_body_line()
    {
        var (yaml, body, line) = FrontMatter.Split("---\ntitle: x\n---\nHello\n");

        Assert.Equal("title: x\n", yaml);
        Assert.Equal("Hello\n", body);
        Assert.Equal(4, line);
    }

    [Fact]
    public void Text_without_front_matter_is_all_body() =>
        Assert.Null(FrontMatter.Split("Hello\n---\n").Yaml);
}
