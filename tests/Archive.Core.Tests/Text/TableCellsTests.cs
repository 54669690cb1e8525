using System.Text;
using Archive.Core.Analysis.Entities;
using Archive.Core.Inputs;
using Archive.Core.Model;
using Archive.Core.Normalization;
using Archive.Core.Normalization.Html;
using Archive.Core.Text;

namespace Archive.Core.Tests.Text;

public sealed class TableCellsTests
{
    [Fact]
    public void Cells_are_joined_by_spaces_and_split_back_where_they_began()
    {
        var (text, starts) = TableCells.Join(["Harwell Vale", "", "Priya Okonkwo", "priya@example.org"]);

        Assert.Equal("Harwell Vale Priya Okonkwo priya@example.org", text);
        Assert.Equal([13, 27], starts!);
        Assert.Equal(["Harwell Vale", "Priya Okonkwo", "priya@example.org"], TableCells.Split(text, starts));
    }

    [Fact]
    public void Text_without_cells_is_one_piece()
    {
        var (text, starts) = TableCells.Join(["Just one paragraph."]);

        Assert.Null(starts);
        Assert.Equal(["Just one paragraph."], TableCells.Split(text, starts));
    }

    [Fact]
    public void A_row_of_an_html_table_is_one_block_that_knows_its_cells()
    {
        const string Page = """
            <html><head><title>Who represents you | Shire Post</title></head><body><div class="article-body">
            <p>The council published the list of its ward members on Friday, with the address at which each of them can be reached by residents.</p>
            <table>
            <tr><td>Harwell Vale</td> <td>Priya Okonkwo</td> <td>priya.okonkwo@example.org</td></tr>
            <tr><td>Lower Brisby</td><td>Tomasz Feld</td><td>tomasz.feld@example.org</td></tr>
            </table>
            <p>Residents who are unsure of their ward can look it up on the council's website or ask at the library on the high street.</p>
            </div></body></html>
            """;

        var article = new HtmlCaptureReader().Read(CaptureInput.FromText("wards.html", Page), SourceRules.None).Article;

        var row = Assert.Single(article.Body, b => b.Text.StartsWith("Harwell", StringComparison.Ordinal));
        Assert.Equal("Harwell Vale Priya Okonkwo priya.okonkwo@example.org", row.Text);
        Assert.Equal(["Harwell Vale", "Priya Okonkwo", "priya.okonkwo@example.org"], TableCells.Split(row.Text, row.Cells));
        Assert.All(article.Body.Where(b => b.Text.StartsWith("The council", StringComparison.Ordinal)), b => Assert.Null(b.Cells));
    }

    [Fact]
    public void A_line_of_a_text_dump_with_tabs_is_a_row_of_cells()
    {
        var dump = string.Join('\n',
            "Who represents you",
            "",
            "The council published the list of its ward members on Friday, with the address at which each of them can be reached by residents who need help.",
            "",
            "Harwell Vale\tPriya Okonkwo\tpriya.okonkwo@example.org",
            "Lower Brisby\tTomasz Feld\ttomasz.feld@example.org",
            "",
            "Residents who are unsure of their ward can look it up on the council's website or ask at the library on the high street any weekday.");
        var processor = new CaptureProcessor(new SiteSettings(), CaptureReaderRegistry.CreateDefault());

        var article = processor.Process(new CaptureFile("wards.txt", Encoding.UTF8.GetBytes(dump))).Article;

        var row = Assert.Single(article!.Body, b => b.Text.StartsWith("Harwell", StringComparison.Ordinal));
        Assert.Equal("Harwell Vale Priya Okonkwo priya.okonkwo@example.org", row.Text);
        Assert.Equal(["Harwell Vale", "Priya Okonkwo", "priya.okonkwo@example.org"], TableCells.Split(row.Text, row.Cells));
    }

    [Fact]
    public void A_name_never_runs_from_one_cell_into_the_next()
    {
        var article = new Article
        {
            SourcePath = "wards.txt",
            Title = "Who represents you",
            Body =
            [
                new Block(BlockKind.Paragraph, "The council published the list of its ward members and the address of each."),
                new Block(BlockKind.Paragraph, "Harwell Vale Priya Okonkwo priya.okonkwo@example.org") { Cells = [13, 27] },
                new Block(BlockKind.Paragraph, "Lower Brisby Tomasz Feld tomasz.feld@example.org") { Cells = [13, 25] },
            ],
        };

        var names = ArticleEntityExtractor.Default.Extract(article).Select(e => e.Name).ToList();

        Assert.DoesNotContain(names, n => n.Contains("Vale Priya", StringComparison.Ordinal) || n.Contains("Brisby Tomasz", StringComparison.Ordinal));
        Assert.Contains("Priya Okonkwo", names);
    }
}
