using Archive.Core.Building;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;

namespace Archive.Core.Tests.Inputs;

public sealed class SiteSettingsTests
{
    [Theory]
    [InlineData("base_url: \"javascript:alert(1)//\"", "ARC015")]
    [InlineData("base_url: \"\"", "ARC015")]
    [InlineData("base_url: /archive/", "ARC015")]
    [InlineData("base_url: ftp://example.org/", "ARC015")]
    [InlineData("base_url: https://example.org/?page=", "ARC015")]
    [InlineData("base_url: \"https://exa mple.org/\"", "ARC015")]
    [InlineData("home_size: -5", "ARC013")]
    [InlineData("home_size: 1000000", "ARC013")]
    [InlineData("page_size: 0", "ARC013")]
    [InlineData("page_size: 100000000", "ARC013")]
    public void An_invalid_setting_is_a_configuration_error_naming_site_yml(string line, string code)
    {
        using var folder = new TempFolder();
        var diagnostics = new List<Diagnostic>();

        SiteBuilder.LoadSettings(folder.Write("site.yml", $"title: An archive\n{line}\n"), diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(code, error.Code);
        Assert.Equal("site.yml", error.File);
    }

    [Theory]
    [InlineData("base_url: https://example.org/")]
    [InlineData("base_url: http://localhost:8080")]
    [InlineData("base_url: https://archive.example.org/news/")]
    [InlineData("home_size: 0")]
    [InlineData("page_size: 1000")]
    public void Valid_settings_are_accepted(string line)
    {
        using var folder = new TempFolder();
        var diagnostics = new List<Diagnostic>();

        SiteBuilder.LoadSettings(folder.Write("site.yml", $"title: An archive\n{line}\n"), diagnostics);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_repository_settings_are_valid()
    {
        var diagnostics = new List<Diagnostic>();

        SiteBuilder.LoadSettings(Repository.PathOf("site.yml"), diagnostics);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_key_given_twice_in_site_yml_is_an_error_with_its_line()
    {
        using var folder = new TempFolder();
        var diagnostics = new List<Diagnostic>();

        var settings = SiteBuilder.LoadSettings(folder.Write("site.yml", "title: One\npage_size: 10\ntags:\n  ignore: [News]\n  synonyms: { A: B }\n  ignore: [Home]\ntitle: Two\n"), diagnostics);

        Assert.All(diagnostics, d => Assert.Equal(("ARC016", DiagnosticSeverity.Error, "site.yml"), (d.Code, d.Severity, d.File)));
        Assert.Equal([6, 7], diagnostics.Select(d => d.Line).Order());
        Assert.Contains("'title' (first on line 1)", diagnostics.Single(d => d.Line == 7).Message, StringComparison.Ordinal);
        Assert.Equal("Two", settings.Title);
    }

    [Fact]
    public void Keys_written_without_a_value_read_as_their_defaults_instead_of_crashing_the_build()
    {
        using var folder = new TempFolder();
        var diagnostics = new List<Diagnostic>();
        var yaml = "title:\nlanguage:\nbase_url:\nsources:\n  -\n  - match:\n    drop_lines:\ntags:\n  synonyms:\n  ignore:\n";

        var settings = SiteBuilder.LoadSettings(folder.Write("site.yml", yaml), diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(("Article archive", "en", "https://example.org/"), (settings.Title, settings.Language, settings.BaseUrl));
        Assert.Equal("", Assert.Single(settings.Sources).Match);
        Assert.Empty(settings.Tags.Synonyms);
    }

    [Fact]
    public void A_synonym_without_its_preferred_tag_is_an_error()
    {
        using var folder = new TempFolder();
        var diagnostics = new List<Diagnostic>();

        SiteBuilder.LoadSettings(folder.Write("site.yml", "tags:\n  synonyms: { Ukraine conflict: }\n"), diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal(("ARC015", DiagnosticSeverity.Error, "site.yml"), (error.Code, error.Severity, error.File));
        Assert.Contains("Ukraine conflict", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_with_an_invalid_base_url_stops_with_exit_code_2_before_writing()
    {
        using var folder = new TempFolder();
        folder.Write("input/a.md", "---\ntitle: A\n---\nBody.\n");
        var site = folder.Write("site.yml", "base_url: \"javascript:alert(1)//\"\n");

        var outcome = await new SiteBuilder(new BuildPaths(folder.Combine("input"), folder.Combine("out"), Repository.PathOf("theme"), site)).BuildAsync();

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "ARC015" && d.File == "site.yml");
        Assert.False(Directory.Exists(folder.Combine("out")));
    }
}
