using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// What a mention in a text that is not English needs besides capitals to be kept: a place or country the
/// gazetteer knows, a person whose first word is a known first name, or an organisation written as an
/// acronym. A capitalised common noun ("Jahren", "Leben") has none of these, and a "first name" the text
/// also writes in lower case is a word of its language ("Der Kuchen": "der" is in the list of first names).
/// </summary>
internal static class ForeignTextFilter
{
    /// <param name="lowerCaseWords">Words the text writes in lower case (lower-cased).</param>
    public static bool Keep(EntitySpan span, Gazetteer gazetteer, IReadOnlySet<string> lowerCaseWords)
    {
        ArgumentNullException.ThrowIfNull(lowerCaseWords);
        ArgumentNullException.ThrowIfNull(span);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var tokens = span.Tokens;
        return span.Kind switch
        {
            EntityKind.Place => (gazetteer.Name(span.Text.ToLowerInvariant()) & (GazetteerKind.Country | GazetteerKind.Place)) != 0,
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
