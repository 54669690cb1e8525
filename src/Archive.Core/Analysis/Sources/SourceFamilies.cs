using Archive.Core.Text;

namespace Archive.Core.Analysis.Sources;

/// <summary>
/// Which hosts are one publisher. The hosts of one registrable domain are one family ("edition.example.com" and
/// "www.example.com" are example.com) when they name themselves alike; a host that names itself nothing joins them
/// only when that name is the domain's own ("Example" for example.com). Hosts that name themselves differently, or
/// nothing at all, are each their own publisher, keyed by their own host: the blogs of a blogging platform, the
/// titles of a media group that share a domain.
/// </summary>
internal static class SourceFamilies
{
    /// <summary>Each host's family key: its registrable domain, or the host itself.</summary>
    public static Dictionary<string, string> Of(IReadOnlyList<SourceClaim> claims)
    {
        var family = new Dictionary<string, string>(StringComparer.Ordinal);
        var hostsByDomain = claims.Where(c => c.Host is not null)
            .GroupBy(c => c.Host!, StringComparer.Ordinal)
            .GroupBy(g => HostName.Registrable(g.Key), StringComparer.Ordinal);
        foreach (var domain in hostsByDomain)
        {
            var names = domain.ToDictionary(host => host.Key, host => OwnName(host.Key, host), StringComparer.Ordinal);
            var distinct = names.Values.Where(n => n is not null).Select(n => SourceAliases.Key(n!)).Distinct(StringComparer.Ordinal).ToList();
            var domainName = distinct.Count == 1 ? names.Values.First(n => n is not null) : null;
            var namelessJoin = domainName is not null && HostAgreement.Of(domainName, domain.Key) == HostMatch.Exact;
            foreach (var (host, name) in names)
            {
                var joins = names.Count == 1 || (domainName is not null && (name is not null || namelessJoin));
                family[host] = joins ? domain.Key : host;
            }
        }

        return family;
    }

    /// <summary>
    /// The name that best fits a set of claims about <paramref name="host"/>: one that matches the host first, then
    /// one not taken from a copyright line, then the most used. With <paramref name="masthead"/>, a name that does not
    /// match the host counts only when it is a masthead and not a copyright line (an owner's or a legal name).
    /// </summary>
    public static string? OwnName(string host, IEnumerable<SourceClaim> claims, Func<string, bool>? masthead = null) =>
        claims.Where(c => c.Name is not null)
            .Select(c => (Name: c.Name!, Match: HostAgreement.Of(c.Name, host), c.FromCopyright))
            .Where(c => masthead is null || c.Match != HostMatch.None || (!c.FromCopyright && masthead(c.Name)))
            .GroupBy(c => c.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(c => c.Match))
            .ThenByDescending(g => g.Count(c => !c.FromCopyright))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
}
