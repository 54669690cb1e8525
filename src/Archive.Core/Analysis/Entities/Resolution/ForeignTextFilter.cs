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
