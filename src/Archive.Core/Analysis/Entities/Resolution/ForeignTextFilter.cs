using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// What a mention in a text that is not English needs besides capitals to be kept: a place or country the
/// gazetteer knows, a person whose first word is a known first name, or an organisation written as an
/// acronym. A capitalised common noun ("Jahren", "Leben") has none of these, and a "first name" the text
/// also writes in lower case is a word of its language ("Der Kuchen": "der" is in the list of first names).
/// A gazetteer place that is not a country is still a common noun when the text writes it after an article
/// ("am Ende", "die Lage", "den Boden", "im Norden": every one of them also a town somewhere): town names take no
/// article in the languages whose nouns are capitalised, country names sometimes do ("die Schweiz"), so countries
/// are exempt.
/// </summary>
internal static class ForeignTextFilter
{
    // Definite and indefinite articles (and article contractions) of German, Dutch, French, Spanish, Italian and
    // Portuguese that are not also prepositions ("a", "de") or English words.
    private static readonly HashSet<string> s_articles = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines", "am", "im", "zum", "zur",
        "vom", "beim", "ins", "kein", "keine", "het", "een", "le", "la", "les", "une", "du", "el", "los", "las", "una",
        "il", "lo", "gli", "uno", "um", "uma", "os",
    };

    /// <summary>The words (lower-cased) a text writes right after an article: common nouns in German.</summary>
    public static HashSet<string> WordsAfterArticles(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tokens in sentences)
        {
            for (var i = 1; i < tokens.Count; i++)
            {
                if (s_articles.Contains(tokens[i - 1]))
                {
                    words.Add(tokens[i].ToLowerInvariant());
                }
            }
        }

        return words;
    }

    /// <summary>
    /// The articles above that are never a pronoun or a conjunction: an indefinite article, or a preposition with the
    /// article run in. "das Berlin und Brandenburg getan haben" ("as Berlin and Brandenburg did that") shows that a
    /// definite article can also be a pronoun, too weak to make a town a noun in every other text.
    /// </summary>
    public static readonly IReadOnlySet<string> OnlyArticles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ein", "eine", "einem", "einen", "einer", "eines", "am", "im", "zum", "zur", "vom", "beim", "ins", "kein", "keine",
        "een", "une", "una", "uno", "uma",
    };

    /// <summary>Prepositions of place that take a town's name with no article ("in Essen", "aus Zug", "en Sevilla").</summary>
    public static readonly IReadOnlySet<string> PlacePrepositions = new HashSet<string>(StringComparer.Ordinal)
    {
        "in", "aus", "nach", "uit", "naar", "en", "em", "à",
    };

    /// <summary>
    /// The words a text writes right after one of <paramref name="before"/> that the gazetteer knows as towns but not as
    /// countries, lower-cased and sorted, each once.
    /// </summary>
    public static IReadOnlyList<string> TownsAfter(IReadOnlySet<string> before, IEnumerable<IReadOnlyList<string>> sentences, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var towns = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tokens in sentences)
        {
            for (var i = 1; i < tokens.Count; i++)
            {
                if (before.Contains(tokens[i - 1]) && tokens[i].Length > 0 && char.IsUpper(tokens[i][0])
                    && tokens[i].ToLowerInvariant() is var word && IsTownOnly(gazetteer.Name(word)))
                {
                    towns.Add(word);
                }
            }
        }

        return [.. towns];
    }

    /// <summary>
    /// A mention of a text that is not English of a town name that the archive's texts in such languages use more often
    /// as a noun than as a town
    /// (<paramref name="nouns"/>, lower-cased): a one-word town name that is a common noun ("Ende", "Zug", "Hof").
    /// </summary>
    public static bool IsNounNamedLikePlace(EntityMention mention, IReadOnlySet<string> nouns, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(nouns);
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (!mention.InForeignText || mention.Kind != EntityKind.Place || mention.Name.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var lower = mention.Name.ToLowerInvariant();
        return nouns.Contains(lower) && IsTownOnly(gazetteer.Name(lower));
    }

    private static bool IsTownOnly(GazetteerKind known) => (known & GazetteerKind.Place) != 0 && (known & GazetteerKind.Country) == 0;

    /// <param name="lowerCaseWords">Words the text writes in lower case (lower-cased).</param>
    /// <param name="wordsAfterArticles">Words the text writes after an article (<see cref="WordsAfterArticles"/>).</param>
    public static bool Keep(EntitySpan span, Gazetteer gazetteer, IReadOnlySet<string> lowerCaseWords, IReadOnlySet<string> wordsAfterArticles)
    {
        ArgumentNullException.ThrowIfNull(wordsAfterArticles);
        ArgumentNullException.ThrowIfNull(lowerCaseWords);
        ArgumentNullException.ThrowIfNull(span);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var tokens = span.Tokens;
        return span.Kind switch
        {
            EntityKind.Place => gazetteer.Name(span.Text.ToLowerInvariant()) is var known
                && ((known & GazetteerKind.Country) != 0
                    || ((known & GazetteerKind.Place) != 0 && !wordsAfterArticles.Contains(tokens[0].ToLowerInvariant()))),
            EntityKind.Person => tokens.Count >= 2
                && (gazetteer.Word(tokens[0].ToLowerInvariant()) & GazetteerKind.FirstName) != 0
                && !lowerCaseWords.Contains(tokens[0].ToLowerInvariant())
                && tokens.All(t => t.Length > 0 && char.IsUpper(t[0])),
            _ => tokens.Count == 1 && IsAcronym(tokens[0]),
        };
    }

    private static bool IsAcronym(string token) =>
        token.Length is >= 2 and <= 6 && token.All(char.IsUpper) && !EntityWords.IsCommonAcronym(token);
}
