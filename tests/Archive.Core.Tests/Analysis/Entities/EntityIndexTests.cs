using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class EntityIndexTests
{
    private static (string, IReadOnlyList<EntityMention>) Article(string key, params EntityMention[] mentions) => (key, mentions);

    private static EntityMention Person(string name, int count = 1, params string[] aliases) => new(name, EntityKind.Person, count, aliases);

    [Fact]
    public void A_short_name_in_one_article_merges_with_the_full_name_in_another()
    {
        var index = EntityIndex.Build(
        [
            Article("a", Person("John Kerry", 3, "Kerry"), Organisation("State Department")),
            Article("b", Person("Kerry", 2), Organisation("State Department")),
            Article("c", new EntityMention("Paris", EntityKind.Place, 1, [])),
        ]);

        var kerry = Assert.Single(index, e => e.Kind == EntityKind.Person);
        Assert.Equal("John Kerry", kerry.Name);
        Assert.Equal(["a", "b"], kerry.ArticleKeys);
        Assert.Equal(5, kerry.Count);
        Assert.Equal(["Kerry"], kerry.Aliases);
    }

    [Fact]
    public void A_surname_alone_joins_a_full_name_of_another_article_only_when_the_articles_have_someone_in_common()
    {
        // "Rudolph" in a Christmas story shares nothing with the quarterback's articles; "Rudolph" beside his team does.
        var index = EntityIndex.Build(
        [
            Article("a", Person("Mason Rudolph", 2), Organisation("Harbor City Gulls"), new EntityMention("Ohio", EntityKind.Place, 1, [])),
            Article("b", Person("Rudolph", 3), Person("Santa Claus"), new EntityMention("Ohio", EntityKind.Place, 1, [])),
        ]);

        Assert.Equal(["a"], Assert.Single(index, e => e.Name == "Mason Rudolph").ArticleKeys);
        Assert.Contains(index, e => e.Name == "Rudolph" && e.ArticleKeys.SequenceEqual(["b"]));

        var joined = EntityIndex.Build(
        [
            Article("a", Person("Mason Rudolph", 2), Organisation("Harbor City Gulls")),
            Article("b", Person("Rudolph", 3), Organisation("Harbor City Gulls")),
        ]);

        Assert.Equal(["a", "b"], Assert.Single(joined, e => e.Name == "Mason Rudolph").ArticleKeys);
    }

    [Fact]
    public void A_name_without_the_second_part_of_its_double_barrelled_surname_joins_the_full_name_with_company_in_common()
    {
        var index = EntityIndex.Build(
        [
            Article("a", Person("Sophie Ellis-Bextor", 1), Person("Sophie Ellis", 2)),
            Article("b", Person("Rudolf Egger-Büssing", 2), Organisation("Harbor City Gulls")),
            Article("c", Person("Rudolf Egger", 1), Organisation("Harbor City Gulls")),
            Article("d", Person("Anna Berg", 1), Organisation("Bluebird Records")),
            Article("e", Person("Anna Berg-Holm", 1), Organisation("Acme Mills")),
        ]);

        Assert.Equal(["a"], Assert.Single(index, e => e.Name == "Sophie Ellis-Bextor").ArticleKeys);
        Assert.Equal(["b", "c"], Assert.Single(index, e => e.Name == "Rudolf Egger-Büssing").ArticleKeys);
        Assert.DoesNotContain(index, e => e.Name is "Sophie Ellis" or "Rudolf Egger");

        // Nothing in common: Anna Berg of the record label may be anyone of that name.
        Assert.Contains(index, e => e.Name == "Anna Berg" && e.ArticleKeys.SequenceEqual(["d"]));
        Assert.Contains(index, e => e.Name == "Anna Berg-Holm" && e.ArticleKeys.SequenceEqual(["e"]));
    }

    [Fact]
    public void A_first_name_alone_in_another_article_does_not_join_the_full_name_that_used_it_as_an_alias()
    {
        var index = EntityIndex.Build(
        [
            Article("a", Person("Kate York", 3, "Kate", "York"), Organisation("Bluebird Records")),
            Article("b", Person("Kate", 2), Organisation("Bluebird Records")),
            Article("c", Person("York", 1), Organisation("Bluebird Records")),
        ]);

        var york = Assert.Single(index, e => e.Name == "Kate York");
        Assert.Equal(["a", "c"], york.ArticleKeys);
        Assert.Contains(index, e => e.Name == "Kate" && e.ArticleKeys.SequenceEqual(["b"]));
    }

    [Fact]
    public void An_ambiguous_short_name_is_not_merged()
    {
        var index = EntityIndex.Build(
        [
            Article("a", Person("David Miliband")),
            Article("b", Person("Ed Miliband")),
            Article("c", Person("Miliband")),
        ]);

        Assert.Equal(3, index.Count);
    }

    [Fact]
    public void A_surname_joins_the_full_name_most_articles_use_when_it_dominates_its_namesakes()
    {
        var index = EntityIndex.Build(
        [
            Article("a", Person("Walter Ostrander"), Organisation("Ostrander Mills")),
            Article("b", Person("Walter Ostrander")),
            Article("c", Person("Walter Ostrander")),
            Article("d", Person("Greta Ostrander")),
            Article("e", Person("Ostrander"), Organisation("Ostrander Mills")),
        ]);

        var walter = Assert.Single(index, e => e.Name == "Walter Ostrander");
        Assert.Contains("Ostrander", walter.Aliases);
        Assert.Equal(2, index.Count(e => e.Kind == EntityKind.Person));
    }

    [Fact]
    public void Names_differing_only_in_case_are_one_entity_and_kinds_stay_apart()
    {
        var index = EntityIndex.Build(
        [
            Article("a", new EntityMention("BBC", EntityKind.Organisation, 1, [])),
            Article("b", new EntityMention("Bbc", EntityKind.Organisation, 1, [])),
            Article("c", new EntityMention("Washington", EntityKind.Place, 1, [])),
            Article("d", Person("Washington")),
        ]);

        Assert.Equal(3, index.Count);
        Assert.Equal(2, Assert.Single(index, e => e.Kind == EntityKind.Organisation).Count);
    }

    [Fact]
    public void The_result_does_not_depend_on_input_order()
    {
        var articles = new List<(string, IReadOnlyList<EntityMention>)>
        {
            Article("a", Person("John Kerry", 3, "Kerry"), Person("Sergei Lavrov"), Organisation("United Nations")),
            Article("b", Person("Kerry", 2), new EntityMention("UN", EntityKind.Organisation, 1, [])),
            Article("c", new EntityMention("United Nations", EntityKind.Organisation, 1, ["UN"]), Person("Lavrov")),
        };

        var forward = EntityIndex.Build(articles);
        var backward = EntityIndex.Build(Enumerable.Reverse(articles));

        Assert.Equal(Describe(forward), Describe(backward));
        Assert.Contains(forward, e => e.Name == "United Nations" && e.Aliases.Contains("UN"));
        Assert.Contains(forward, e => e.Name == "Sergei Lavrov" && e.ArticleKeys.SequenceEqual(["a", "c"]));
    }

    private static EntityMention Organisation(string name) => new(name, EntityKind.Organisation, 1, []);

    private static string Describe(IReadOnlyList<IndexedEntity> index) =>
        string.Join("\n", index.Select(e => $"{e.Kind}|{e.Name}|{string.Join(",", e.Aliases)}|{string.Join(",", e.ArticleKeys)}|{e.Count}"));
}
