using System.Text.RegularExpressions;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// An organisation written with its legal form ("Apple , Inc.", "De Grey Mining Limited", "Walt Disney Co.") is the
/// organisation the archive names without it ("Apple"), when the archive names that one too: the form written stays an
/// alias. Applied after the archive-wide kind vote (<see cref="ArchiveEntityKinds"/>), so each spelling's mentions vote
/// as written and the merge cannot tip the shorter name's kind (the first try, merging before the vote, lost "Boeing":
/// its "Boeing Co." mentions changed its vote).
/// </summary>
internal static partial class LegalForms
{
    public static IReadOnlyList<IReadOnlyList<EntityMention>> Merge(IReadOnlyList<IReadOnlyList<EntityMention>> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var organisations = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var mentions in articles)
        {
            foreach (var m in mentions)
            {
                if (m.Kind == EntityKind.Organisation)
                {
                    organisations.Add(m.Name);
                }
            }
        }

        // Names come back in article after article: each is matched against the legal forms once.
        var shortNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Short(EntityMention m)
        {
            if (m.Kind != EntityKind.Organisation)
            {
                return null;
            }

            if (!shortNames.TryGetValue(m.Name, out var known))
            {
                known = Without(m.Name) is { } name && organisations.TryGetValue(name, out var written) ? written : null;
                shortNames[m.Name] = known;
            }

            return known;
        }

        return articles.Select(mentions => mentions.Any(m => Short(m) is not null)
            ? (IReadOnlyList<EntityMention>)mentions.Select(m => Short(m) is { } name
                ? m with { Name = name, Aliases = m.Aliases.Append(m.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() }
                : m).ToList()
            : mentions).ToList();
    }

    /// <summary>The name without a legal form at its end ("Apple , Inc." → "Apple"), or null when it has none.</summary>
    internal static string? Without(string name)
    {
        var match = LegalForm().Match(name);
        if (!match.Success || match.Index == 0)
        {
            return null;
        }

        var rest = name[..match.Index].TrimEnd(' ', ',');
        return rest.Length > 0 ? rest : null;
    }

    // Legal forms only, not "Company" or "Corporation", which are part of many names ("Panay Electric Company").
    [GeneratedRegex(@",?\s+(Inc|Incorporated|LLC|Ltd|Limited|PLC|plc|Corp|Co|GmbH|AG|SE|S\.A|SA|N\.V|NV|B\.V|BV|Pty|Pvt)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex LegalForm();
}
