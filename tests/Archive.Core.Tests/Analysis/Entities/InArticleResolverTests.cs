using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class InArticleResolverTests
{
    private static EntitySpan Span(string text, EntityKind kind) => new(text.Split(' '), kind);

    [Fact]
    public void A_short_form_maps_to_the_full_name_in_the_article()
    {
        var entities = InArticleResolver.Resolve(
        [
            Span("John Kerry", EntityKind.Person),
            Span("Kerry", EntityKind.Person),
            Span("Kerry", EntityKind.Organisation),
            Span("Lavrov", EntityKind.Person),
        ]);

        var kerry = Assert.Single(entities, e => e.Name == "John Kerry");
        Assert.Equal(EntityKind.Person, kerry.Kind);
        Assert.Equal(3, kerry.Count);
        Assert.Equal(["Kerry"], kerry.Aliases);
        Assert.Contains(entities, e => e.Name == "Lavrov" && e.Kind == EntityKind.Person);
    }

    [Fact]
    public void An_ambiguous_short_form_stays_apart()
    {
        var entities = InArticleResolver.Resolve(
        [
            Span("David Miliband", EntityKind.Person),
            Span("Ed Miliband", EntityKind.Person),
            Span("Miliband", EntityKind.Person),
        ]);

        Assert.Equal(3, entities.Count);
    }

    [Fact]
    public void An_acronym_maps_to_the_organisation_it_abbreviates()
    {
        var entities = InArticleResolver.Resolve(
        [
            Span("United Nations", EntityKind.Organisation),
            Span("UN", EntityKind.Organisation),
        ]);

        var un = Assert.Single(entities);
        Assert.Equal("United Nations", un.Name);
        Assert.Equal(["UN"], un.Aliases);
    }

    [Fact]
    public void A_hyphenated_compound_of_two_entities_is_not_a_third()
    {
        var entities = InArticleResolver.Resolve(
        [
            Span("John Kerry", EntityKind.Person),
            Span("Sergei Lavrov", EntityKind.Person),
            Span("Kerry-Lavrov", EntityKind.Place),
        ]);

        Assert.DoesNotContain(entities, e => e.Name.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public void The_kind_is_the_majority_vote()
    {
        var entities = InArticleResolver.Resolve(
        [
            Span("Ukraine", EntityKind.Place),
            Span("Ukraine", EntityKind.Place),
            Span("Ukraine", EntityKind.Organisation),
        ]);

        Assert.Equal(EntityKind.Place, Assert.Single(entities).Kind);
    }

    [Fact]
    public void A_lone_family_name_written_first_maps_to_the_one_name_it_begins()
    {
        var entities = InArticleResolver.Resolve(
        [
            Span("Xi Jinping", EntityKind.Person),
            Span("Xi", EntityKind.Person),
        ]);

        Assert.Equal(2, Assert.Single(entities).Count);
    }

    [Fact]
    public void A_full_name_mistagged_once_follows_its_short_forms_and_a_generational_suffix_is_ignored()
    {
        var entities = InArticleResolver.Resolve(
        [
            Span("Patrick W. Carlineo Jr.", EntityKind.Organisation),
            Span("Carlineo", EntityKind.Person),
            Span("Carlineo", EntityKind.Person),
        ]);

        var carlineo = Assert.Single(entities);
        Assert.Equal("Patrick W. Carlineo Jr.", carlineo.Name);
        Assert.Equal(EntityKind.Person, carlineo.Kind);
    }

    [Theory]
    [InlineData("VIENNA", "Vienna")]
    [InlineData("SIOUX FALLS", "Sioux Falls")]
    [InlineData("NATO", "NATO")]
    [InlineData("Paris", "Paris")]
    public void A_known_name_seen_only_in_capitals_gets_its_usual_spelling(string name, string expected)
    {
        Assert.Equal(expected, InArticleResolver.Display(name));
    }
}
