using Archive.Core.Analysis.Entities.Gazetteers;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// The author list of a reference ("Cardoso CS, Vieira AM, Oliveira AP."), as science and health articles print their
/// sources: surnames each followed by initials in capitals, one after another. The names in it are a paper's authors,
/// not what the article is about, and a tagger reads a lone surname before its initials as anything (a place, an
/// organisation), so no entity is taken from such a sentence. Told by its shape: at least three such names, most of the
/// sentence made of them; or a reference that opens with its first authors and "et al.". A list of towns with their
/// state codes ("Austin TX, Denver CO, Miami FL") has the same shape: when every "initials" is two letters and most
/// "surnames" are places the gazetteer knows, it is taken for one. (Many surnames are towns too, "Kano", "Pinto",
/// "Oliveira", which is why a tagger makes places of them.)
/// </summary>
internal static class AuthorLists
{
    private const int MinNames = 3;

    public static bool IsAuthorList(IReadOnlyList<string> tokens, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var names = 0;
        var places = 0;
        var twoLetters = 0;
        var covered = 0;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // Initials first: most tokens fail that length check at once (this runs over every sentence of the archive).
            if (IsInitials(tokens[i + 1]) && IsSurname(tokens[i]) && (i + 2 == tokens.Count || IsSeparator(tokens[i + 2])))
            {
                names++;
                places += gazetteer.KnowsPlace(tokens[i]) ? 1 : 0;
                twoLetters += tokens[i + 1].Length == 2 ? 1 : 0;
                covered += i + 2 < tokens.Count ? 3 : 2;
                i += 2;
            }
        }

        var townsWithCodes = twoLetters == names && places * 2 > names;
        return (names >= MinNames && covered >= 0.6 * tokens.Count && !townsWithCodes) || OpensWithEtAl(tokens);
    }

    /// <summary>A reference that names its first authors only: "Kano Y et al.", "Pinto B, Lee CH, et al.".</summary>
    private static bool OpensWithEtAl(IReadOnlyList<string> tokens)
    {
        var i = 0;
        while (i + 1 < tokens.Count && IsInitials(tokens[i + 1]) && IsSurname(tokens[i]))
        {
            i += 2;
            if (i < tokens.Count && tokens[i] == ",")
            {
                i++;
            }
        }

        return i > 0 && i + 1 < tokens.Count && tokens[i] == "et" && tokens[i + 1] is "al" or "al.";
    }

    /// <summary>A capitalised word with lower case after its first letter ("Oliveira", "McKay", "Müller-Lüdenscheidt").</summary>
    private static bool IsSurname(string token)
    {
        if (token.Length < 2 || !char.IsUpper(token[0]))
        {
            return false;
        }

        var lower = false;
        foreach (var c in token.AsSpan(1))
        {
            if (!char.IsLetter(c) && c is not ('-' or '\''))
            {
                return false;
            }

            lower |= char.IsLower(c);
        }

        return lower;
    }

    /// <summary>One to three capital letters and nothing else ("A", "CS", "KJP").</summary>
    private static bool IsInitials(string token)
    {
        if (token.Length is < 1 or > 3)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSeparator(string token) => token is "," or "." or ";" or "et";
}
