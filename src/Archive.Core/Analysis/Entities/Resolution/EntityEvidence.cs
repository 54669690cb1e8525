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
/// a single capitalised word seen once ("Rage", "Agreement") is more often a sentence's word than a name;</item>
/// <item>for an organisation named by two letters only, more than one article or the built-in table: two capitals
/// are as often a language or country code, a unit or a common noun's abbreviation ("EN", "PT", "KI") as a company;</item>
/// <item>for a person or an organisation, a name that does not end with a job ("Medical Officer", "Labour MP",
/// "National Security Adviser"): that is a post, which people hold, not a name. An organisation's name with "of" or
/// "for" in it may end with one ("Council of Ministers", "Office of the President").</item>
/// <item>for an organisation, a name that says whose body it is: "Senate", "Supreme Court" or "City Council" alone is
/// a different body in each country or town of the archive (<see cref="EntityWords.IsGenericInstitution"/>), so one page
/// for it would mix them.</item>
/// <item>for a person named by a first name and initials only ("Jerry C.", a reader's credit under a letter or a joke),
/// more than one article: one article's "Jerry C." says nobody can tell which Jerry.</item>
/// <item>for a place, a name that is not only points of the compass ("South", "West", "North East"): which country's
/// south it is, the name does not say.</item>
/// </list>
/// None of these has a threshold fitted to data: "once", "one word" and "one article" are the least evidence there is.
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
        if (entity.Kind != EntityKind.Place && words.Length >= 2 && IsPost(words, entity.Kind))
        {
            return false;
        }

        if (entity.Kind == EntityKind.Organisation && EntityWords.IsGenericInstitution(words))
        {
            return false;
        }

        if (entity.Kind == EntityKind.Place && words.All(EntityWords.IsCompassPoint))
        {
            return false;
        }

        if (entity.Kind == EntityKind.Person)
        {
            return words.Length >= 2 && !_organisationWords.Contains(words[0].ToUpperInvariant())
                && (entity.ArticleKeys.Count >= 2 || !words.Skip(1).All(IsInitial));
        }

        if (entity.Kind == EntityKind.Organisation && words.Length == 1 && words[0].Count(char.IsLetter) == 2 && words[0].All(c => char.IsLetter(c) || c == '.')
            && entity.ArticleKeys.Count < 2 && KnownNames.Find(entity.Name) is null)
        {
            return false;
        }

        return words.Length >= 2 || entity.Count >= 2 || IsAcronym(words[0])
            || _gazetteer.KnowsPlace(entity.Name);
    }

    private static bool IsPost(string[] words, EntityKind kind) =>
        EntityWords.IsPost(words[^1])
        && (kind == EntityKind.Person || !words.Any(w => w is "of" or "for" or "de" or "für"));

    // "C.", "K": one capital letter, with or without its full stop; not a regnal numeral or a name's letter ("Henry V",
    // "Elizabeth I", "Malcolm X").
    private static bool IsInitial(string word) =>
        word.TrimEnd('.', ',') is { Length: 1 } letter && char.IsUpper(letter[0]) && letter[0] is not ('I' or 'V' or 'X');

    private static bool IsAcronym(string word) =>
        word.Count(char.IsLetter) >= 2 && word.All(c => char.IsUpper(c) || c is '.' or '&' || char.IsDigit(c));
}
