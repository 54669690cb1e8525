using Archive.Core.Analysis.Entities;
using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Model;
using Archive.Core.Text;

namespace Archive.Core.Tests.Analysis.Entities;

/// <summary>A table cell of capitalised words joined by "and" is one name, not the pieces the tagger found.</summary>
public sealed class CellNamesTests
{
    [Fact]
    public void The_pieces_of_a_cell_joined_by_and_are_one_name_a_place_when_one_piece_is()
    {
        string[] cell = ["Harwell", "and", "Stoke", "Vale"];
        EntitySpan[] pieces = [new(["Harwell"], EntityKind.Organisation, 2), new(["Stoke", "Vale"], EntityKind.Place, 1)];

        var joined = Assert.Single(CellNames.Join(cell, pieces, Gazetteer.Default));

        Assert.Equal("Harwell and Stoke Vale", joined.Text);
        Assert.Equal(EntityKind.Place, joined.Kind);
        Assert.Equal(-1, joined.Reading); // the kind model read a piece, not the name
    }

    [Fact]
    public void A_cell_of_organisation_pieces_no_town_is_one_organisation()
    {
        string[] cell = ["Harwell", "&", "Stoke", "Vale"];
        EntitySpan[] pieces = [new(["Harwell"], EntityKind.Organisation), new(["Stoke", "Vale"], EntityKind.Person)];

        Assert.Equal(EntityKind.Organisation, Assert.Single(CellNames.Join(cell, pieces, Gazetteer.Default)).Kind);
    }

    [Theory]
    [InlineData("Harwell and Stoke Vale", true)]
    [InlineData("Trent & Avon", true)]
    [InlineData("Orme upon Tyne and Stoke", true)]
    [InlineData("Harwell Stoke Vale", false)] // no "and": the tagger's spans stand
    [InlineData("Harwell and district", false)] // a lower-case word that no name holds
    [InlineData("Harwell and", false)]
    [InlineData("Harwell , Stoke and Vale", false)]
    public void Only_capitalised_words_joined_by_and_are_one_name(string cell, bool joined)
    {
        Assert.Equal(joined, CellNames.IsJoinedName(cell.Split(' ')));
    }

    [Fact]
    public void A_later_piece_read_as_a_person_does_not_keep_the_cell_apart()
    {
        string[] cell = ["Whitby", "and", "Sale", "Moor"];
        EntitySpan[] pieces = [new(["Whitby"], EntityKind.Place), new(["Sale", "Moor"], EntityKind.Person)];

        Assert.Equal("Whitby and Sale Moor", Assert.Single(CellNames.Join(cell, pieces, Gazetteer.Default)).Text);
    }

    [Fact]
    public void Two_people_in_a_cell_stay_two_people()
    {
        string[] cell = ["Jane", "Doe", "and", "John", "Roe"];
        EntitySpan[] people = [new(["Jane", "Doe"], EntityKind.Person), new(["John", "Roe"], EntityKind.Person)];

        Assert.Equal(people, CellNames.Join(cell, people, Gazetteer.Default));
    }

    [Fact]
    public void A_constituency_column_of_a_table_gives_one_place_per_cell()
    {
        var rows = new[]
        {
            ("Constituency", "Member", "Email"),
            ("Whitby and Pickering", "Priya Okonkwo", "priya.okonkwo@example.org"),
            ("Kendal and Keswick", "Tom Ashdown", "tom.ashdown@example.org"),
            ("Ludlow", "Ellen Marsh", "ellen.marsh@example.org"),
        };
        var blocks = rows.Select(r =>
        {
            var (text, starts) = TableCells.Join([r.Item1, r.Item2, r.Item3]);
            return new Block(BlockKind.Paragraph, text) { Cells = starts };
        }).ToList();
        blocks.Insert(0, new Block(BlockKind.Paragraph, "The list below gives every member of the group, with the seat each of them holds and an address to write to."));
        var article = new Article { SourcePath = "members.txt", Title = "Who sits for which seat", Body = blocks };

        var entities = ArticleEntityExtractor.Default.Extract(article);
        var names = entities.Select(e => e.Name).ToList();

        Assert.Equal(EntityKind.Place, Assert.Single(entities, e => e.Name == "Whitby and Pickering").Kind);
        Assert.Equal(EntityKind.Place, Assert.Single(entities, e => e.Name == "Kendal and Keswick").Kind);
        Assert.DoesNotContain("Whitby", names);
        Assert.DoesNotContain("Keswick", names);
        Assert.Contains("Ludlow", names);
        Assert.Contains("Priya Okonkwo", names);
    }
}
