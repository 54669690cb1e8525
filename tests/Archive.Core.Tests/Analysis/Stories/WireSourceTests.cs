using Archive.Core.Analysis.Stories;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Stories;

public sealed class WireSourceTests
{
    private const string Prose = "Officials said on Tuesday that the bridge would reopen to traffic by the end of the month.";

    [Theory]
    [InlineData("WASHINGTON (AP) — " + Prose, "AP")]
    [InlineData("PARIS, March 30 (Reuters) - " + Prose, "Reuters")]
    [InlineData("(Agence Kappa) -- " + Prose, "Agence Kappa")]
    [InlineData("Sao Paulo, 4 May (Zeta News) – " + Prose, "Zeta News")]
    public void A_dateline_with_a_name_in_brackets_before_a_dash_names_the_source(string opening, string source)
    {
        Assert.Equal(source, WireSource.Of(Article(opening)));
    }

    [Fact]
    public void A_dateline_kept_apart_by_the_reader_counts_too()
    {
        Assert.Equal("Omega Wire", WireSource.Of(Article(Prose) with { Dateline = "BERLIN, May 2 (Omega Wire) -" }));
    }

    [Fact]
    public void A_closing_credit_line_names_the_source()
    {
        Assert.Equal("Northwind Newswire", WireSource.Of(Article(Prose, "— Northwind Newswire")));
    }

    [Theory]
    [InlineData("The Associated Press", "Associated Press")]
    [InlineData("By Jane Doe, Agence France-Presse", "Agence France-Presse")]
    [InlineData("By Jane Doe, XYZ", "XYZ")]
    [InlineData("Kappa Staff", "Kappa")]
    public void A_byline_naming_an_organisation_names_the_source(string byline, string source)
    {
        Assert.Equal(source, WireSource.Of(Article(Prose) with { Byline = byline }));
    }

    [Theory]
    [InlineData("By Jane Doe")]
    [InlineData("By Jane Doe, Diplomatic reporter")]
    [InlineData("Jane Doe and John Roe")]
    public void A_byline_naming_people_names_no_source(string byline)
    {
        Assert.Null(WireSource.Of(Article(Prose) with { Byline = byline }));
    }

    [Theory]
    [InlineData("Mr Smith (Labour) - who chairs the committee, said the bridge would reopen.")]
    [InlineData("The committee (which meets monthly) said the bridge would reopen.")]
    [InlineData(Prose)]
    public void Brackets_in_ordinary_prose_name_no_source(string opening)
    {
        Assert.Null(WireSource.Of(Article(opening)));
    }

    [Fact]
    public void A_publisher_crediting_itself_is_not_another_source()
    {
        var own = Article("LONDON (Example News) — " + Prose) with { SourceName = "Example News" };
        var byHost = Article("LONDON (Gazette) — " + Prose) with { CanonicalUrl = "https://www.gazette.example/news/bridge" };

        Assert.Null(WireSource.Of(own));
        Assert.Null(WireSource.Of(byHost));
    }

    [Fact]
    public void The_source_most_captures_name_is_agreed()
    {
        Assert.Equal("AP", WireSource.Agreed(["AP", null, "Reuters", "AP"]));
        Assert.Null(WireSource.Agreed([null, null]));
    }

    private static Article Article(params string[] paragraphs) => new()
    {
        SourcePath = "a.html",
        Body = paragraphs.Select(p => new Block(BlockKind.Paragraph, p)).ToList(),
    };
}
