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
}
