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
    private static readonly Dictionary<string, (string Name, EntityKind Kind)> s_names = Build(
        ("United States", EntityKind.Place, ["US", "USA", "U.S.", "U.S.A.", "America", "United States of America", "EUA", "EE.UU.", "EEUU"]),
        ("United Kingdom", EntityKind.Place, ["UK", "U.K.", "Britain", "Great Britain"]),
        ("United Arab Emirates", EntityKind.Place, ["UAE", "U.A.E."]),
        ("European Union", EntityKind.Organisation, ["EU", "E.U.", "UE"]),
        ("United Nations", EntityKind.Organisation, ["UN", "U.N.", "ONU"]),
        ("Associated Press", EntityKind.Organisation, ["AP", "The Associated Press"]),
        ("North Atlantic Treaty Organization", EntityKind.Organisation, ["NATO", "Nato", "OTAN"]),
        // The same bodies and countries under the short forms of the other languages an archive is often in (French,
        // Spanish, Portuguese, Italian, German), so that an archive in several languages has one page for each. Forms that
        // are also an English acronym of something else are left out ("BCE", "CPI", "CIO", "RFA", "IWF", "RDA", "UNO").
        ("International Monetary Fund", EntityKind.Organisation, ["IMF", "FMI"]),
        ("World Health Organization", EntityKind.Organisation, ["WHO", "OMS"]),
        ("World Trade Organization", EntityKind.Organisation, ["WTO", "OMC"]),
        ("European Central Bank", EntityKind.Organisation, ["ECB", "EZB"]),
        ("International Atomic Energy Agency", EntityKind.Organisation, ["IAEA", "AIEA", "IAEO"]),
        ("Organisation for Economic Co-operation and Development", EntityKind.Organisation, ["OECD", "OCDE"]),
        ("Soviet Union", EntityKind.Place, ["USSR", "UdSSR", "URSS", "SSSR"]),
        ("East Germany", EntityKind.Place, ["GDR", "DDR"]),
        ("Germany", EntityKind.Place, ["BRD"]));

    private static readonly Lazy<Dictionary<string, string>> s_nativeCountryNames = new(() =>
        EmbeddedText.Lines("country-native-names.txt")
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => Key(parts[0]), parts => parts[1], StringComparer.Ordinal));

    public static (string Name, EntityKind Kind)? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Key(name);
        if (s_names.TryGetValue(key, out var known))
        {
            return known;
        }

        return s_nativeCountryNames.Value.TryGetValue(key, out var english) ? (english, EntityKind.Place) : null;
    }

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

    private static Dictionary<string, (string, EntityKind)> Build(params (string Name, EntityKind Kind, string[] Variants)[] entries)
    {
        var names = new Dictionary<string, (string, EntityKind)>(StringComparer.Ordinal);
        foreach (var (name, kind, variants) in entries)
        {
            names[Key(name)] = (name, kind);
            foreach (var variant in variants)
            {
                names[Key(variant)] = (name, kind);
            }
        }

        return names;
    }

    private static string Key(string name) => name.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
