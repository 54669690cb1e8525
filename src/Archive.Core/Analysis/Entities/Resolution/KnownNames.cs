using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Acronyms and short forms of countries and international bodies that no article needs to spell out for a
/// reader to know them, with the name their index page takes; and countries under their own name in their own language
/// ("Deutschland", "Schweiz", "Brasil": <c>country-native-names.txt</c>), which take their English name, so that an
/// archive in several languages has one page per country. Case is ignored; dotted forms match undotted.
/// </summary>
internal static class KnownNames
{
    private static readonly Dictionary<string, (string Name, EntityKind Kind, bool CapitalsOnly)> s_names = Build(
        ("United States", EntityKind.Place, ["US", "USA", "U.S.", "U.S.A.", "America", "United States of America", "EE.UU.", "EEUU", "Usa"]),
        ("United Kingdom", EntityKind.Place, ["UK", "U.K.", "Britain", "Great Britain"]),
        ("United Arab Emirates", EntityKind.Place, ["UAE", "U.A.E."]),
        ("European Union", EntityKind.Organisation, ["EU", "E.U."]),
        ("United Nations", EntityKind.Organisation, ["UN", "U.N.", "ONU", "Onu"]),
        ("Associated Press", EntityKind.Organisation, ["AP", "The Associated Press"]),
        ("North Atlantic Treaty Organization", EntityKind.Organisation, ["NATO", "Nato", "OTAN", "Otan"]),
        // The same bodies and countries under the short forms of the other languages an archive is often in (French,
        // Spanish, Portuguese, Italian, German), so that an archive in several languages has one page for each. Forms that
        // are also a common acronym of something else in English news are left out: BCE, CPI, CIO, RFA, IWF, RDA, UNO,
        // EUA (emergency use authorisation), ECB (a cricket board), GDR (a depositary receipt), UE, DDR (memory), OMS, OMC.
        // Papers in those languages also write some of them as words ("Usa", "Onu", "Otan"): listed too.
        ("International Monetary Fund", EntityKind.Organisation, ["IMF", "FMI", "Fmi"]),
        ("World Health Organization", EntityKind.Organisation, ["WHO"]),
        ("World Trade Organization", EntityKind.Organisation, ["WTO"]),
        ("European Central Bank", EntityKind.Organisation, ["EZB"]),
        ("International Atomic Energy Agency", EntityKind.Organisation, ["IAEA", "AIEA", "IAEO"]),
        ("Organisation for Economic Co-operation and Development", EntityKind.Organisation, ["OECD", "OCDE"]),
        ("Soviet Union", EntityKind.Place, ["USSR", "UdSSR", "URSS", "Urss", "SSSR"]),
        ("Germany", EntityKind.Place, ["BRD"]));

    private static readonly Lazy<Dictionary<string, string>> s_nativeCountryNames = new(() =>
        EmbeddedText.Lines("country-native-names.txt")
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => Key(parts[0]), parts => parts[1], StringComparer.Ordinal));

    /// <summary>
    /// The full name and kind of a short form, a country's own name or a full name the table knows; null for any other
    /// name. A form the table has only in capitals ("WHO", "US") matches only a name written without lower case ("Who",
    /// "Us" are other things).
    /// </summary>
    public static (string Name, EntityKind Kind)? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (FindInTable(name) is { } known)
        {
            return known;
        }

        return s_nativeCountryNames.Value.TryGetValue(Key(name), out var english) ? (english, EntityKind.Place) : null;
    }

    // The English acronyms of the table, the only forms a tag is renamed from.
    private static readonly HashSet<string> s_englishAcronyms = new(StringComparer.Ordinal)
    {
        "US", "USA", "UK", "UAE", "EU", "UN", "AP", "NATO", "IMF", "WHO", "WTO", "IAEA", "OECD", "USSR",
    };

    /// <summary>
    /// The full name of an English acronym of the table written in capitals ("USA", "U.K.", "NATO"); null for any other.
    /// Tags use this narrower reading: a publisher's "America" may be a section on the Americas, and its tags in its own
    /// language are its own ("ONU" beside "Nations unies" stays).
    /// </summary>
    public static string? FindAcronym(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Key(name);
        return s_englishAcronyms.Contains(key) && !name.Any(char.IsLower) && s_names.TryGetValue(key, out var known) ? known.Name : null;
    }

    private static (string Name, EntityKind Kind)? FindInTable(string name) =>
        s_names.TryGetValue(Key(name), out var known) && (!known.CapitalsOnly || !name.Any(char.IsLower))
            ? (known.Name, known.Kind)
            : null;

    // US states as news agencies abbreviate them in datelines and captions ("Hialeah, Fla."), AP style; not the forms that
    // are also common words or names in some language ("La.", "Mass.", "Miss.", "Del.", "Ill.", "Ind.", "Mo.", "Wash.", "Md.").
    private static readonly Dictionary<string, string> s_stateAbbreviations = new(StringComparer.Ordinal)
    {
        ["ALA"] = "Alabama", ["ARIZ"] = "Arizona", ["ARK"] = "Arkansas", ["CALIF"] = "California", ["COLO"] = "Colorado",
        ["CONN"] = "Connecticut", ["FLA"] = "Florida", ["GA"] = "Georgia", ["KAN"] = "Kansas", ["KY"] = "Kentucky",
        ["MICH"] = "Michigan", ["MINN"] = "Minnesota", ["MONT"] = "Montana", ["NEB"] = "Nebraska", ["NEV"] = "Nevada",
        ["NH"] = "New Hampshire", ["NJ"] = "New Jersey", ["NM"] = "New Mexico", ["NY"] = "New York", ["NC"] = "North Carolina",
        ["ND"] = "North Dakota", ["OKLA"] = "Oklahoma", ["ORE"] = "Oregon", ["PA"] = "Pennsylvania", ["RI"] = "Rhode Island",
        ["SC"] = "South Carolina", ["SD"] = "South Dakota", ["TENN"] = "Tennessee", ["VT"] = "Vermont", ["VA"] = "Virginia",
        ["WVA"] = "West Virginia", ["WIS"] = "Wisconsin", ["WYO"] = "Wyoming",
    };

    /// <summary>
    /// The state a US state's agency abbreviation names ("Fla." → Florida, "N.Y." → New York), for a name already read as a
    /// place; null for any other name.
    /// </summary>
    public static string? StateOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return s_stateAbbreviations.GetValueOrDefault(Key(name));
    }

    private static Dictionary<string, (string Name, EntityKind Kind, bool CapitalsOnly)> Build(params (string Name, EntityKind Kind, string[] Variants)[] entries)
    {
        var names = new Dictionary<string, (string Name, EntityKind Kind, bool CapitalsOnly)>(StringComparer.Ordinal);
        foreach (var (name, kind, variants) in entries)
        {
            foreach (var form in variants.Prepend(name))
            {
                // A key is capitals-only when every form of it in the table is ("NATO" has "Nato" beside it, "WHO" has not).
                var capitalsOnly = !form.Any(char.IsLower) && (!names.TryGetValue(Key(form), out var seen) || seen.CapitalsOnly);
                names[Key(form)] = (name, kind, capitalsOnly);
            }
        }

        return names;
    }

    private static string Key(string name) => name.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
