using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Whether an archive entity has the evidence an index page needs. The tagger is wrong most often on names the
/// archive shows once and on names its training text never had (products), so a page needs:
/// <list type="bullet">
/// <item>for a person, a name of at least two words somewhere in the archive: a lone word that no full name owns
/// is a surname nobody can tell apart, a first name, or not a person at all ("Magazine", "Android");</item>
/// <item>for a person, a first word that is not itself an organisation of the archive: "Nintendo Switch" and
/// "Amazon Alexa" are a company's products, tagged as people for their two capitalised words;</item>
/// <item>for a one-word name mentioned once in the whole archive, an acronym or a place the gazetteer knows:
/// a single capitalised word seen once ("Rage", "Agreement") is more often a sentence's word than a name.</item>
/// </list>
/// None of these has a threshold fitted to data: "once" and "one word" are the least evidence there is.
/// </summary>
internal sealed class EntityEvidence
{
    private readonly Gazetteer _gazetteer;
    private readonly HashSet<string> _organisationWords;

    public EntityEvidence(IEnumerable<IndexedEntity> entities, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _organisationWords = entities
            .Where(e => e.Kind == EntityKind.Organisation)
            .SelectMany(e => e.Aliases.Prepend(e.Name))
            .Where(name => !name.Contains(' ', StringComparison.Ordinal))
            .Select(name => name.ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);
    }

    public bool Enough(IndexedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var words = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (entity.Kind == EntityKind.Person)
        {
            return words.Length >= 2 && !_organisationWords.Contains(words[0].ToUpperInvariant());
        }

        return words.Length >= 2 || entity.Count >= 2 || IsAcronym(words[0])
            || _gazetteer.KnowsPlace(entity.Name);
    }

    private static bool IsAcronym(string word) =>
        word.Count(char.IsLetter) >= 2 && word.All(c => char.IsUpper(c) || c is '.' or '&' || char.IsDigit(c));
}
