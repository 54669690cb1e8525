using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class PossessiveOwnersTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.FromLists(["Freedonia"], ["Springfield"], ["John"]);

    private static List<(string, EntityKind)> Split(params (string Text, EntityKind Kind)[] spans) =>
        PossessiveOwners.Split(spans.Select(s => new EntitySpan(s.Text.Split(' '), s.Kind)).ToList(), s_gazetteer)
            .Select(s => (s.Text, s.Kind)).ToList();

    [Fact]
    public void A_known_place_owning_an_organisation_is_two_names()
    {
        Assert.Equal(
            [("Freedonia", EntityKind.Place), ("Central Bank", EntityKind.Organisation)],
            Split(("Freedonia 's Central Bank", EntityKind.Organisation)));
    }

    [Fact]
    public void A_short_form_the_table_knows_is_an_owner_of_its_kind()
    {
        Assert.Equal(
            [("U.K.", EntityKind.Place), ("University of Springfield", EntityKind.Organisation)],
            Split(("U.K. 's University of Springfield", EntityKind.Organisation)));
    }

    [Fact]
    public void A_possessive_left_on_an_abbreviation_by_the_tokenizer_is_found_too()
    {
        Assert.Equal(
            [("U.K.", EntityKind.Place), ("University of Springfield", EntityKind.Organisation)],
            Split(("U.K.'s University of Springfield", EntityKind.Organisation)));
    }

    [Fact]
    public void An_owner_the_article_names_alone_is_split_off()
    {
        Assert.Equal(
            [("Northwind", EntityKind.Organisation), ("Northwind", EntityKind.Organisation), ("Mallow Creek", EntityKind.Organisation)],
            Split(("Northwind", EntityKind.Organisation), ("Northwind ' Mallow Creek", EntityKind.Organisation)));
    }

    [Fact]
    public void A_possessive_of_an_unknown_owner_belongs_to_the_name()
    {
        Assert.Equal(
            [("People's Daily", EntityKind.Organisation)],
            Split(("People 's Daily", EntityKind.Organisation)));
    }
}
