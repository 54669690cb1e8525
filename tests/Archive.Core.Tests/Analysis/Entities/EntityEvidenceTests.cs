using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class EntityEvidenceTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.FromLists(["Austria"], ["Graz"], ["Anna"]);

    private static IndexedEntity Entity(string name, EntityKind kind, int count = 3, params string[] aliases) =>
        new(name, kind, aliases, ["a", "b"], count);

    private static EntityEvidence Evidence(params IndexedEntity[] entities) => new(entities, s_gazetteer);

    [Fact]
    public void A_person_needs_a_full_name()
    {
        var evidence = Evidence();

        Assert.False(evidence.Enough(Entity("Delmont", EntityKind.Person, 9)));
        Assert.True(evidence.Enough(Entity("Ida Delmont", EntityKind.Person, 1, "Delmont")));
    }

    [Fact]
    public void A_person_named_after_an_organisation_of_the_archive_is_its_product()
    {
        var quorvex = Entity("Quorvex", EntityKind.Organisation);
        var evidence = Evidence(quorvex);

        Assert.False(evidence.Enough(Entity("Quorvex Pulse", EntityKind.Person)));
        Assert.True(evidence.Enough(Entity("Ida Delmont", EntityKind.Person)));
    }

    [Theory]
    [InlineData("Agreement", EntityKind.Organisation, 1, false)]
    [InlineData("Agreement", EntityKind.Organisation, 2, true)]
    [InlineData("QVX", EntityKind.Organisation, 1, true)]
    [InlineData("Graz", EntityKind.Place, 1, true)]
    [InlineData("Westbank", EntityKind.Place, 1, false)]
    [InlineData("Orinoco Trust", EntityKind.Organisation, 1, true)]
    public void A_one_word_name_seen_once_needs_to_be_an_acronym_or_a_known_place(string name, EntityKind kind, int count, bool enough) =>
        Assert.Equal(enough, Evidence().Enough(Entity(name, kind, count)));

    [Theory]
    [InlineData("QV", 1, false)]
    [InlineData("Q.V.", 1, false)]
    [InlineData("QV", 2, true)]
    [InlineData("EU", 1, true)]
    [InlineData("Q&V", 1, true)]
    [InlineData("QVX", 1, true)]
    public void An_organisation_of_two_letters_needs_a_second_article_or_the_table(string name, int articles, bool enough)
    {
        var entity = new IndexedEntity(name, EntityKind.Organisation, [], articles == 1 ? ["a"] : ["a", "b"], 3);

        Assert.Equal(enough, Evidence().Enough(entity));
    }

    [Theory]
    [InlineData("Chief Medical Officer", EntityKind.Person, false)]
    [InlineData("Brand Officer", EntityKind.Person, false)]
    [InlineData("Quorvex Party MP", EntityKind.Organisation, false)]
    [InlineData("National Security Adviser", EntityKind.Organisation, false)]
    [InlineData("Council of Ministers", EntityKind.Organisation, true)]
    [InlineData("Office of the President", EntityKind.Organisation, true)]
    [InlineData("Ida President", EntityKind.Person, false)]
    [InlineData("Ida Delmont", EntityKind.Person, true)]
    [InlineData("Harwick Argus Leader", EntityKind.Organisation, true)]
    public void A_name_that_ends_with_a_job_is_a_post_not_a_name(string name, EntityKind kind, bool enough) =>
        Assert.Equal(enough, Evidence().Enough(Entity(name, kind)));

    [Theory]
    [InlineData("Senate", false)]
    [InlineData("Supreme Court", false)]
    [InlineData("City Council", false)]
    [InlineData("National Assembly", false)]
    [InlineData("Ruritanian Senate", true)]
    [InlineData("Graz City Council", true)]
    [InlineData("Supreme Court of Ruritania", true)]
    [InlineData("Orinoco Bank", true)]
    public void An_organisation_needs_a_name_that_says_whose_body_it_is(string name, bool enough) =>
        Assert.Equal(enough, Evidence().Enough(Entity(name, EntityKind.Organisation, 5)));

    [Theory]
    [InlineData("Jerry C.", 1, false)]
    [InlineData("Honor A. P.", 1, false)]
    [InlineData("Lee H", 1, false)]
    [InlineData("Jerry C.", 2, true)]
    [InlineData("J.J. Abrams", 1, true)]
    [InlineData("Henry V", 1, true)]
    [InlineData("Malcolm X", 1, true)]
    [InlineData("Jerry C.,", 1, false)]
    [InlineData("Ida Delmont", 1, true)]
    public void A_person_named_by_a_first_name_and_initials_needs_more_than_one_article(string name, int articles, bool enough) =>
        Assert.Equal(enough, Evidence().Enough(new IndexedEntity(name, EntityKind.Person, [], Enumerable.Range(0, articles).Select(i => $"a{i}").ToList(), 3)));

    [Theory]
    [InlineData("South", false)]
    [InlineData("North East", false)]
    [InlineData("south-west", false)]
    [InlineData("Midwest", true)]
    [InlineData("West Bank", true)]
    [InlineData("South Sudan", true)]
    public void A_place_needs_more_than_points_of_the_compass(string name, bool enough) =>
        Assert.Equal(enough, Evidence().Enough(Entity(name, EntityKind.Place, 5)));
}
