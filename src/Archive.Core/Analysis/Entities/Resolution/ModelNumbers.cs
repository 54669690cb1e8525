namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Whether the token right after a name numbers a model or a version of it ("Python 3.8", "Core i7", "RTX 3080 card"):
/// an organisation is not numbered, a product line or a standard is. Written to turn down what else follows a name in
/// news copy: a score or a result ("Chelsea 2, Arsenal 1", "Yorkshire 245 for 6", "Celtics 110 to 99"), a year, a date,
/// a price or a time ("Apple 182.52", "Siemens 78.50", "12.03.2024"), a quantity ("Tesla 20 percent", "1000 cars"), a
/// quarter or half of a year ("Q3", "H1", "FY24"), an age group ("U21", "U18s"), Formula 1, a group of nations ("G20"), a
/// flight ("MH370"), a credit rating ("Aa2"), a cricket format ("T20"), a vote share before a comma.
/// A plain number counts only when a singular lower-case noun follows it, not a word of a result, a count or a date.
/// </summary>
internal static class ModelNumbers
{
    private static readonly HashSet<string> s_notNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        // quantities and units
        "%", "percent", "pct", "per", "cent", "million", "mln", "billion", "bn", "trillion", "thousand", "hundred",
        // what follows a score, a count or a date in results, tables and sentences
        "for", "and", "to", "all", "of", "in", "on", "at", "by", "from", "with", "nil", "out", "vs", "v", "or", "not",
        "was", "were", "is", "are", "has", "have", "had", "will", "would", "up", "down", "ahead", "behind", "after",
        "before", "against", "over", "under", "than", "as", "but", "then", "when", "while", "win", "draw", "defeat",
        "victory", "lead", "goal", "point", "points", "run", "wicket", "minute", "hour", "day", "week", "month", "year",
        "seconds", "uhr", "h", "am", "pm", "min", "contre", "pour", "staff", "people", "crew", ",", "de", "del", "di",
        "du", "der", "des",
        // months in the languages whose papers write them in lower case (French, Italian, Spanish, Portuguese)
        "janvier", "février", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "dicembre", "enero", "febrero", "abril", "mayo", "junio", "julio", "septiembre", "octubre", "noviembre",
        "diciembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro",
        "dezembro",
    };

    public static bool At(IReadOnlyList<string> tokens, int at)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (at >= tokens.Count)
        {
            return false;
        }

        var token = tokens[at];
        var next = at + 1 < tokens.Count ? tokens[at + 1] : null;
        if (next is not null && s_notNouns.Contains(next))
        {
            return false;
        }

        return IsVersion(token) || IsLetteredModel(token) || IsModelNumberBeforeNoun(token, next);
    }

    // "3.8", "10.12.6", "v2.1": numbers of one or two digits joined by dots. A two-digit fraction ending in zero reads as
    // money or a time ("78.50", "10.30"); three digits or more before the dot as a price ("182.52"); four as a year.
    private static bool IsVersion(string token)
    {
        var digits = token.Length > 1 && token[0] is 'v' or 'V' ? token[1..] : token;
        var parts = digits.Split('.');
        if (parts.Length < 2 || parts.Any(p => p.Length is 0 or > 2 || !p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        return parts.Length > 2 || parts[1].Length == 1 || parts[1][1] != '0';
    }

    // "i7", "X1", "A14", "M2": one or two letters, then digits, maybe letters after them.
    private static bool IsLetteredModel(string token)
    {
        var letters = 0;
        while (letters < token.Length && char.IsAsciiLetter(token[letters]))
        {
            letters++;
        }

        if (letters is not (1 or 2) || letters == token.Length || !char.IsAsciiDigit(token[letters]) || !token.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        var upper = token.ToUpperInvariant();
        var digits = upper[letters..].TakeWhile(char.IsAsciiDigit).Count();
        var digitsOnly = letters + digits == upper.Length;
        var mixedCase = token[..letters].Any(char.IsUpper) && token[..letters].Any(char.IsLower);
        return !(upper is "F1" or "B2B" or "B2C" or "P2P" or "C2C" or "T20" or "T10" or "E3"
            || mixedCase // a credit rating ("Aa2")
            || upper.EndsWith('S') // "U18s"
            || upper.StartsWith("FY", StringComparison.Ordinal)
            || (letters == 2 && digitsOnly && digits >= 3) // a flight ("MH370", "LH400")
            || (letters == 1 && digitsOnly && upper[0] is 'Q' or 'H' or 'U' or 'G'));
    }

    // "RTX 3080 card", "Thunderbolt 3 port": up to four digits, not a year, before a singular lower-case noun (a count
    // is followed by a plural: "5 runs", "2 weeks", "1000 cars").
    private static bool IsModelNumberBeforeNoun(string token, string? next) =>
        token.Length is >= 1 and <= 4 && token.All(char.IsAsciiDigit) && token[0] != '0' && !IsYear(token)
        && next is { Length: > 1 } && char.IsLower(next[0]) && next.All(char.IsLetter) && !next.EndsWith('s');

    private static bool IsYear(string token) =>
        token.Length == 4 && (token.StartsWith("19", StringComparison.Ordinal) || token.StartsWith("20", StringComparison.Ordinal));
}
