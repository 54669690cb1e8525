namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// The acronyms an article defines, "Long Form (LF)" or "LF (Long Form)", found as Schwartz and Hearst's algorithm for
/// abbreviation definitions finds them (A Simple Algorithm for Identifying Abbreviation Definitions in Biomedical Text,
/// 2003): each letter of the acronym, from the last, is found in the words before the bracket, from the last, the first
/// letter at a word's start. So "Panay Electric Company (PECO)" and "New York State Attorney General (NYAG)" are found,
/// which initials alone do not give. A definition says two things the article alone can show: the acronym is that name
/// (<see cref="LongForm"/>), or, when the long form is written in lower case ("alternative dispute resolution (ADR)",
/// "künstliche Intelligenz (KI)"), it is a term of the language and names nothing (<see cref="IsTerm"/>).
/// </summary>
internal sealed class AcronymDefinitions
{
    private readonly Dictionary<string, string[]> _longForms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _compounds = new(StringComparer.Ordinal);

    // The last part of a compound that names a body in German ("Bundeskriminalamt", "Landessportbund",
    // "Weltwirtschaftsforum"): a compound that ends so may be an organisation's whole name. Words of the language.
    private static readonly string[] s_bodyHeads =
    [
        "amt", "ämter", "agentur", "akademie", "anstalt", "archiv", "bahn", "bank", "behörde", "bund", "bündnis", "büro",
        "dienst", "direktion", "fernsehen", "fonds", "forum", "gemeinschaft", "genossenschaft", "gericht", "gesellschaft",
        "gewerkschaft", "gruppe", "hilfe", "hochschule", "hof", "institut", "kammer", "kasse", "kirche", "klinik", "klinikum",
        "kommission", "komitee", "konzern", "kreuz", "ministerium", "museum", "netzwerk", "organisation", "partei", "polizei",
        "post", "rat", "regierung", "rundfunk", "schule", "senat", "stelle", "stiftung", "tag", "union", "universität",
        "verband", "verbund", "verein", "vereinigung", "verlag", "versicherung", "wehr", "werk", "werke", "zentrale", "zentrum",
    ];

    private AcronymDefinitions()
    {
    }

    public static AcronymDefinitions Empty { get; } = new();

    /// <summary>
    /// The definitions of <paramref name="sentences"/>. In a text that is not English (<paramref name="english"/> false)
    /// a long form of one word is read too: German writes a term as one compound ("Müllsammelwagen (MSW)"), see
    /// <see cref="IsTerm"/>.
    /// </summary>
    public static AcronymDefinitions Find(IReadOnlyList<string[]> sentences, bool english = true)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        AcronymDefinitions? found = null;
        foreach (var tokens in sentences)
        {
            for (var i = 1; i + 2 < tokens.Length; i++)
            {
                if (tokens[i] != "(")
                {
                    continue;
                }

                var close = Array.IndexOf(tokens, ")", i + 1);
                if (close < 0)
                {
                    continue;
                }

                // "Long Form (LF)": the acronym alone in the brackets, the long form before them.
                if (close == i + 2 && IsAcronym(tokens[i + 1]))
                {
                    var acronym = tokens[i + 1];
                    var window = Math.Min(acronym.Length + 5, 2 * acronym.Length);
                    if (LongForm(acronym, tokens[Math.Max(0, i - window)..i]) is { } longForm)
                    {
                        (found ??= new())._longForms.TryAdd(acronym, longForm);
                    }
                    else if (!english && IsCompoundOf(acronym, tokens[i - 1]))
                    {
                        (found ??= new())._compounds.TryAdd(acronym, tokens[i - 1]);
                    }
                }

                // "LF (Long Form)": the acronym before the brackets, the long form all of what they hold.
                else if (IsAcronym(tokens[i - 1]) && close - i - 1 >= 2 && LongForm(tokens[i - 1], tokens[(i + 1)..close]) is { } longForm
                    && longForm.Length == close - i - 1)
                {
                    (found ??= new())._longForms.TryAdd(tokens[i - 1], longForm);
                }

                // "LF (Compound)" in a text that is not English.
                else if (!english && close == i + 2 && IsAcronym(tokens[i - 1]) && IsCompoundOf(tokens[i - 1], tokens[i + 1]))
                {
                    (found ??= new())._compounds.TryAdd(tokens[i - 1], tokens[i + 1]);
                }
            }
        }

        return found ?? Empty;
    }

    /// <summary>The acronyms defined as terms (<see cref="IsTerm"/>), sorted.</summary>
    public IReadOnlyList<string> Terms => _longForms.Keys.Concat(_compounds.Keys).Distinct().Where(IsTerm).Order(StringComparer.Ordinal).ToList();

    /// <summary>The long form the article gives <paramref name="acronym"/>, or null.</summary>
    public IReadOnlyList<string>? LongForm(string acronym) => _longForms.GetValueOrDefault(acronym);

    /// <summary>
    /// Whether the article defines <paramref name="acronym"/> by words written in lower case whose initials spell it
    /// ("alternative dispute resolution", "purpose-built student accommodation", "kleine und mittlere Unternehmen"): the
    /// first word in lower case (a German term's nouns keep their capitals after it), or no word past the first of four
    /// letters or more capitalised (the first may open a sentence: "Beats per minute"). The initials must
    /// match exactly (short lower-case words such as "und", "per" may be passed over): the looser match that finds a
    /// name's long form would also read a club's acronym after a person's name ("Carla Weber (SCC)") as a definition.
    /// <para>In a text that is not English, an acronym defined by one compound word that holds its letters in order, the
    /// first at its start ("Müllsammelwagen (MSW)", "Bodenfeuchtemessung (BFM)"), is a term too, unless the compound
    /// ends with a word for a body ("Landesumweltamt (LUA)", "Bundessportverband"): a German organisation's name
    /// of one word ends so; a noun of the language does not.</para>
    /// </summary>
    public bool IsTerm(string acronym)
    {
        if (_compounds.TryGetValue(acronym, out var compound) && !NamesABody(compound))
        {
            return true;
        }

        if (LongForm(acronym) is not { } words)
        {
            return false;
        }

        var parts = words.SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries)).ToList();
        for (var w = 1; w < parts.Count && !char.IsLower(parts[0][0]); w++)
        {
            if (parts[w].Length >= 4 && char.IsUpper(parts[w][0]))
            {
                return false;
            }
        }

        var letter = 0;
        foreach (var part in parts)
        {
            if (letter < acronym.Length && char.ToLowerInvariant(part[0]) == char.ToLowerInvariant(acronym[letter]))
            {
                letter++;
            }
            else if (part.Length > 3 || char.IsUpper(part[0]))
            {
                return false;
            }
        }

        return letter == acronym.Length;
    }

    /// <summary>
    /// A compound of letters (a hyphen may join its parts) longer than the acronym by four letters at least, that begins
    /// with the acronym's first letter and holds its other letters in order: "Müllsammelwagen" for "MSW".
    /// </summary>
    private static bool IsCompoundOf(string acronym, string word)
    {
        if (word.Length < acronym.Length + 4 || !char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c == '-')
            || !acronym.All(char.IsUpper) || char.ToLowerInvariant(word[0]) != char.ToLowerInvariant(acronym[0]))
        {
            return false;
        }

        var at = 1;
        for (var a = 1; a < acronym.Length; a++)
        {
            at = word.IndexOf(char.ToLowerInvariant(acronym[a]).ToString(), at, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    /// <summary>Whether a compound ends with a word for a body, inflected or not ("Bundeskriminalamtes", "Stadtwerken").</summary>
    private static bool NamesABody(string compound)
    {
        var word = compound.ToLowerInvariant();
        foreach (var head in s_bodyHeads)
        {
            foreach (var ending in (ReadOnlySpan<string>)["", "s", "es", "e", "n", "en"])
            {
                if (word.EndsWith(head + ending, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Two to eight letters or digits, at least two of them capitals and none a lower-case first letter ("NYAG", "S&amp;P" is not).</summary>
    private static bool IsAcronym(string token)
    {
        if (token.Length is < 2 or > 8 || !char.IsUpper(token[0]))
        {
            return false;
        }

        var capitals = 0;
        foreach (var c in token)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }

            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals >= 2;
    }

    /// <summary>
    /// The shortest run of words ending <paramref name="words"/> that spells <paramref name="acronym"/> as Schwartz and Hearst
    /// match it, or null. Two words at least: one word is not a definition but a word that happens to contain the letters.
    /// </summary>
    private static string[]? LongForm(string acronym, string[] words)
    {
        var text = string.Join(' ', words);
        var s = acronym.Length - 1;
        var l = text.Length - 1;
        while (s >= 0)
        {
            var c = char.ToLowerInvariant(acronym[s]);
            if (!char.IsLetterOrDigit(c))
            {
                s--;
                continue;
            }

            while (l >= 0 && (char.ToLowerInvariant(text[l]) != c || (s == 0 && l > 0 && char.IsLetterOrDigit(text[l - 1]))))
            {
                l--;
            }

            if (l < 0)
            {
                return null;
            }

            l--;
            s--;
        }

        var first = l + 1; // where the acronym's first letter matched: a word's start
        var start = first == 0 ? 0 : text.LastIndexOf(' ', first) + 1;

        var longForm = text[start..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return longForm.Length >= 2 && longForm.All(w => w.Any(char.IsLetterOrDigit)) ? longForm : null;
    }
}
