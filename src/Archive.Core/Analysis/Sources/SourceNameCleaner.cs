using System.Text.RegularExpressions;
using Archive.Core.Text;

namespace Archive.Core.Analysis.Sources;

/// <summary>
/// Turns what a page says about its publisher ("© 2018 Gannett Co., Inc. All rights reserved",
/// "https://www.example.com", "by Example Verlag GmbH") into the publisher's name ("Gannett", "example.com",
/// "Example Verlag"): no copyright sign, no year, no legal form, no rights notice.
/// </summary>
internal static partial class SourceNameCleaner
{
    private static readonly char[] s_nameSeparators = [' ', '-', '|', ':', '.', ',', '/'];

    // Words that name a kind of page or service, not a publisher: a claim made only of them ("Hosted", "Home Page",
    // "News", "Startseite") says nothing about who published the page.
    private static readonly HashSet<string> s_genericWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hosted", "home", "homepage", "page", "startseite", "site", "website", "web", "online", "news", "blog", "portal",
        "welcome", "index", "main", "official", "accueil", "inicio", "default", "untitled",
    };

    /// <summary>The publisher's name, or null when nothing that reads as a name is left.</summary>
    public static string? Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var name = raw.Trim();
        if (Uri.TryCreate(name, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return HostName.OfUrl(name) is { } host ? HostName.Registrable(host) : null;
        }

        name = RightsNotice().Replace(name, " ");
        name = CopyrightMark().Replace(name, " ");
        name = Years().Replace(name, " ");
        name = LeadingBy().Replace(name, "");
        for (var previous = ""; previous != name;)
        {
            previous = name;
            name = LegalForm().Replace(name.Trim(), "");
            name = name.Trim().TrimEnd(',', '.', '-', '–', '—', '|', ':', ';', '&', '_').Trim();
        }

        name = Whitespace.Collapse(name.TrimStart(',', '.', '-', '–', '—', '|', ':', ';', '_'));
        if (name.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && !name.Contains(' ', StringComparison.Ordinal))
        {
            // A host given as a name: "www.example.fr" is example.fr.
            name = name[4..];
        }

        return IsName(name) ? name : null;
    }

    /// <summary>
    /// Whether the claim is a copyright line ("© 2018 Example Media Group, Inc."): it names the owner, often a parent
    /// company or a legal name, rather than the masthead, so it counts only when nothing better names the site.
    /// </summary>
    public static bool IsCopyrightLine(string? raw) =>
        raw is not null && (CopyrightMark().IsMatch(raw) || Years().IsMatch(raw) || RightsNotice().IsMatch(raw) || LegalForm().IsMatch(raw.Trim().TrimEnd('.')));

    /// <summary>At least two letters, not a sentence (a masthead is short), not a URL run together, not only words any page could say.</summary>
    private static bool IsName(string name) =>
        name.Count(char.IsLetter) >= 2 && name.Length <= 60 && name.Count(c => c == ' ') <= 6
        && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase)
        && !name.Split(s_nameSeparators, StringSplitOptions.RemoveEmptyEntries).All(w => s_genericWords.Contains(w));

    [GeneratedRegex(@"(?i)\b(all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|some rights reserved)\b\.?", RegexOptions.CultureInvariant)]
    private static partial Regex RightsNotice();

    [GeneratedRegex(@"(?i)©|\(c\)|\bcopyright\b|\bcopr\.", RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightMark();

    // A year or a range of years anywhere in the name: "2005 - 2023", "2018", "1998-2019".
    [GeneratedRegex(@"\b(19|20)\d\d(\s*[-–—/]\s*((19|20)\d\d|present|heute))?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Years();

    [GeneratedRegex(@"^(?i:by|von|par|por)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBy();

    // Legal forms at the end of a name, with their comma: ", Inc.", " LLC", " Ltd", " GmbH & Co. KG", " e.V.".
    [GeneratedRegex(@"(?i),?\s+(inc|incorporated|llc|l\.l\.c|ltd|limited|plc|corp|corporation|co|company|gmbh(\s*&\s*co\.?\s*kg)?|ag|kg|e\.\s?v|s\.?a|s\.?l|s\.?r\.?l|s\.?p\.?a|b\.?v|n\.?v|pvt|pty|oy|ab|as|sas)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex LegalForm();
}
