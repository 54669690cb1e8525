using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Cleans one mention: drops possessives ("Kerry's"), a leading "the", greeting ("Hi Jane") or picture credit
/// ("Courtesy of"), titles and honorifics before a person's name ("Mr Kerry", "US Secretary of State John Kerry",
/// "President Vladimir Putin"), and rejects mentions that are not entities: a weekday, a month, "Meanwhile", a function
/// word, a demonym ("Russian" is not a place), a bare title, a common-noun acronym ("CEO"), a contraction ("I'm"), or
/// nothing with a letter in it; a list number run into a name ("8.Lori Kelly") is cut off, and so is a role before "of" in an organisation's
/// name ("CEO of Acme": the organisation is Acme).
/// </summary>
internal static class EntityNameCleaner
{
    public static EntitySpan? Clean(EntitySpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        // A possessive ends the mention ("Kerry's"); inside a name it belongs to it ("People's Daily").
        var tokens = span.Tokens.ToList();
        while (tokens.Count > 0 && (tokens[^1] is "'s" or "'S" or "'" || !HasLetterOrDigit(tokens[^1])))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        if (tokens.Count > 0)
        {
            tokens[^1] = StripPossessive(tokens[^1]);
        }

        // A role "of" an organisation names the organisation, not a person ("Founder of Ceres Robotics", "CEO of Acme").
        if (span.Kind == EntityKind.Organisation && RoleOfLength(tokens) is > 0 and var role)
        {
            tokens.RemoveRange(0, role);
        }

        // "the", a greeting ("Hi Jane") or a sentence's opening word ("Because Google") is not part of the name.
        while (tokens.Count > 0 && (!HasLetterOrDigit(tokens[0]) || tokens[0] is "the" or "The" or "THE" || EntityWords.IsGreeting(tokens[0])
            || (tokens.Count > 1 && EntityWords.IsOpener(tokens[0]))))
        {
            tokens.RemoveAt(0);
        }

        // A picture's credit is not part of the name it credits ("Courtesy of Jane Doe", "Courtesy Louvre").
        if (tokens.Count > 1 && tokens[0] is "Courtesy" or "COURTESY")
        {
            tokens.RemoveRange(0, tokens.Count > 2 && tokens[1] is "of" or "Of" or "OF" ? 2 : 1);
        }

        // A list's number run into its first item by the page's layout ("8.Lori Kelly") is not part of the name.
        if (tokens.Count > 0 && ListNumberLength(tokens[0]) is > 0 and var number && number < tokens[0].Length)
        {
            tokens[0] = tokens[0][number..];
        }

        var kind = span.Kind;
        if (kind != EntityKind.Person && tokens.Count > 1 && EntityWords.IsPersonalTitle(tokens[0]))
        {
            kind = EntityKind.Person; // "Senator Elizabeth Warren" tagged as an organisation
        }
        else if (kind != EntityKind.Person && TitledPersonAt(tokens) is > 0 and var person)
        {
            // "Iloilo City Mayor Jerry Vance", "Acme spokesperson Jane Doe" tagged as one organisation: the person after the title.
            tokens.RemoveRange(0, person);
            kind = EntityKind.Person;
        }

        if (kind == EntityKind.Person)
        {
            StripTitles(tokens);
        }

        // An e-mail address ends a name in a contact list ("Jane Doe jane.doe@example.org").
        var address = tokens.FindIndex(t => t.Contains('@', StringComparison.Ordinal));
        if (address >= 0)
        {
            tokens.RemoveRange(address, tokens.Count - address);
        }

        // A slash joins a photographer and an agency ("Jane Doe/Agency"), never a name; a trademark sign marks a
        // product ("Crunchy™ Oats"); a bracket left open or markup is a piece of a name cut by the tokenizer.
        if (tokens.Count == 0 || !tokens.Any(t => t.Any(char.IsLetter)) || tokens.Any(IsNotNameToken))
        {
            return null;
        }

        if (tokens.Count == 1 && (EntityWords.IsNeverAnEntity(tokens[0]) || EntityWords.IsTitle(tokens[0]) || EntityWords.IsCommonAcronym(tokens[0])
            || IsRomanNumeral(tokens[0])))
        {
            return null;
        }

        if (tokens.All(EntityWords.IsDemonym))
        {
            return null;
        }

        return new EntitySpan(tokens, kind, span.Reading);
    }

    /// <summary>
    /// A Roman numeral of I, V and X alone ("III.", "VII" heading a section, "Part II") numbers something: it names
    /// nothing. Numerals with C, D, L or M are left alone: "DC", "MD" and "MI" are also places' abbreviations.
    /// </summary>
    internal static bool IsRomanNumeral(string word)
    {
        var letters = word.TrimEnd('.');
        return letters.Length >= 2 && System.Text.RegularExpressions.Regex.IsMatch(letters, "^X{0,3}(IX|IV|V?I{0,3})$");
    }

    /// <summary>Removes leading titles (and nationality words before them) while a name remains after them.</summary>
    internal static void StripTitles(List<string> tokens)
    {
        var cut = 0;
        var i = 0;
        while (i < tokens.Count - 1)
        {
            var word = tokens[i];
            var isTitle = EntityWords.IsTitle(word) && (i > 0 || EntityWords.CanOpenTitle(word));
            var isQualifier = EntityWords.IsDemonym(word) || IsCountryCode(word);
            if (!isTitle && !isQualifier)
            {
                break;
            }

            i++;
            if (isTitle)
            {
                cut = i;
            }
        }

        if (cut > 0 && cut < tokens.Count)
        {
            tokens.RemoveRange(0, cut);
        }
    }

    private static readonly System.Buffers.SearchValues<char> s_notInNames = System.Buffers.SearchValues.Create("/™®©<>");

    private static bool IsNotNameToken(string token) =>
        token.AsSpan().IndexOfAny(s_notInNames) >= 0 || token.Count(c => c == '(') != token.Count(c => c == ')') || IsContraction(token);

    /// <summary>"I'm", "We're", "They'll", "Don't": a pronoun or verb with its clitic, never a name or part of one ("O'Neill" is).</summary>
    internal static bool IsContraction(string token)
    {
        var apostrophe = token.LastIndexOfAny(['\'', '’']);
        if (apostrophe <= 0)
        {
            return false;
        }

        var clitic = token[(apostrophe + 1)..].ToLowerInvariant();
        return clitic is "m" or "re" or "ve" or "ll" or "d" || (clitic == "t" && token[apostrophe - 1] is 'n' or 'N');
    }

    /// <summary>
    /// The length of a run of role words and the "of" after it opening a name that goes on with a capitalised word
    /// ("Chief Executive of" in "Chief Executive of Acme Corp"), or 0. Not for a name a person holds the title of ("Bank of
    /// England": "Bank" is no role).
    /// </summary>
    internal static int RoleOfLength(IReadOnlyList<string> tokens)
    {
        var of = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is "of" or "Of")
            {
                of = i;
                break;
            }

            if (!EntityWords.IsRole(tokens[i]))
            {
                return 0;
            }
        }

        return of >= 1 && of + 1 < tokens.Count && tokens[of + 1].Length > 0 && (char.IsUpper(tokens[of + 1][0]) || tokens[of + 1] == "the") ? of + 1 : 0;
    }

    /// <summary>
    /// Where a person's name starts after a title or role inside a longer name, or 0: a title word, then a known first
    /// name and at least one more capitalised word ("Mayor" + "Jerry Vance").
    /// </summary>
    internal static int TitledPersonAt(IReadOnlyList<string> tokens)
    {
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (EntityWords.IsRole(tokens[i]) && !EntityWords.IsDemonym(tokens[i])
                && (Gazetteer.Default.Word(tokens[i + 1].ToLowerInvariant()) & GazetteerKind.FirstName) != 0
                && tokens.Skip(i + 1).All(t => t.Length > 0 && char.IsUpper(t[0])))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The length of a list number opening a token ("8." of "8.Lori", "12)" of "12)Smith"), or 0.</summary>
    private static int ListNumberLength(string token)
    {
        var digits = 0;
        while (digits < token.Length && char.IsAsciiDigit(token[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < token.Length && token[digits] is '.' or ')' && char.IsUpper(token[digits + 1]) ? digits + 1 : 0;
    }

    private static bool HasLetterOrDigit(string token)
    {
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCountryCode(string word) => word is "US" or "UK" or "U.S." or "EU" or "UN";

    private static string StripPossessive(string token)
    {
        if (token.Length > 2 && token[^2] is '\'' or '’' && token[^1] is 's' or 'S')
        {
            return token[..^2];
        }

        return token.Length > 1 && token[^1] is '\'' or '’' ? token[..^1] : token;
    }
}
