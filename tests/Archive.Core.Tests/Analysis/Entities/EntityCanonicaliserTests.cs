using Archive.Core.Analysis.Index;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class EntityCanonicaliserTests
{
    private static Article ForeignArticle(string path, string town, IReadOnlyList<string> asNoun, IReadOnlyList<string> asPlace) => new()
    {
        SourcePath = path,
        Entities = [new EntityMention(town, EntityKind.Place, 1, [], InForeignText: true)],
        NounsNamedLikePlaces = asNoun,
        TownsNamedAsPlaces = asPlace,
    };

    [Fact]
    public void A_town_name_the_archive_uses_more_often_as_a_noun_than_as_a_town_is_no_place()
    {
        // Ende: "am Ende" in two texts, never "in Ende". Essen: "zum Essen" in one text, "in Essen" in two.
        var articles = EntityCanonicaliser.Apply(
        [
            ForeignArticle("a.txt", "Ende", ["ende"], []),
            ForeignArticle("b.txt", "Ende", ["ende", "essen"], []),
            ForeignArticle("c.txt", "Essen", [], ["essen"]),
            ForeignArticle("d.txt", "Essen", [], ["essen"]),
        ]);

        Assert.Empty(articles[0].Entities);
        Assert.Empty(articles[1].Entities);
        Assert.Equal("Essen", Assert.Single(articles[2].Entities).Name);
        Assert.Equal("Essen", Assert.Single(articles[3].Entities).Name);
    }

    [Fact]
    public void An_acronym_one_article_defines_by_a_lower_case_term_names_nothing_in_any_article()
    {
        Article With(string path, IReadOnlyList<string> terms, params EntityMention[] mentions) =>
            new() { SourcePath = path, Entities = mentions, AcronymTerms = terms };
        var org = (string name) => new EntityMention(name, EntityKind.Organisation, 2, []);

        var articles = EntityCanonicaliser.Apply(
        [
            With("defines.txt", ["ADR"], org("Harbour Electric Company")),
            With("uses.txt", [], org("ADR"), org("Harbour Electric Company")),
            With("other.txt", [], org("HECO"), org("Harbour Electric Company")),
        ]);

        Assert.DoesNotContain(articles[1].Entities, e => e.Name == "ADR");
        Assert.Contains(articles[1].Entities, e => e.Name == "Harbour Electric Company");
        Assert.Contains(articles[2].Entities, e => e.Name == "HECO");
    }

    [Fact]
    public void An_organisation_written_with_its_legal_form_is_the_one_named_without_it()
    {
        Article With(string path, params string[] names) =>
            new() { SourcePath = path, Entities = names.Select(n => new EntityMention(n, EntityKind.Organisation, 2, [])).ToList() };

        var articles = EntityCanonicaliser.Apply(
        [
            With("a.txt", "Harbour Dredging Inc.", "Harbour Electric Company"),
            With("b.txt", "Harbour Dredging", "Harbour Electric"),
            With("c.txt", "Harbour Dredging", "Harbour Electric"),
        ]);

        var dredging = Assert.Single(articles[0].Entities, e => e.Name == "Harbour Dredging");
        Assert.Contains("Harbour Dredging Inc.", dredging.Aliases);
        Assert.Contains(articles[0].Entities, e => e.Name == "Harbour Electric Company"); // "Company" is part of a name
    }
}
