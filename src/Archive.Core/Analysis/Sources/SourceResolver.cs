using Archive.Core.Model;
using Archive.Core.Text;

namespace Archive.Core.Analysis.Sources;

/// <summary>
/// One name per publisher across the archive. Each capture's own claim (og:site_name, JSON-LD publisher,
/// copyright line) is cleaned (<see cref="SourceNameCleaner"/>) and mapped through <see cref="SourceAliases"/>;
/// then, archive-wide:
/// <list type="bullet">
/// <item>hosts are grouped into publishers (<see cref="SourceFamilies"/>): the hosts of one domain, unless they
/// name themselves differently;</item>
/// <item>all pages of one publisher get one name: a name that matches its host ("Example" on example.com) wins;
/// else its most used name, unless that name is claimed by several publishers (a parent company) or comes from a
/// copyright line (an owner or a legal name); else its host name;</item>
/// <item>a capture without an address (a text dump) takes the source of the host whose pages share a long
/// paragraph with it (paragraphs found on one host only), else of a page with the same title, else of the one
/// publisher whose host its own name matches, so a story's text dump and saved page agree;</item>
/// <item>spellings of one name (case, punctuation, "The") become its most used spelling.</item>
/// </list>
/// The result does not depend on the order of the articles.
/// </summary>
public static class SourceResolver
{
    public static IReadOnlyList<Article> Apply(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string>? siteAliases = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var aliases = new SourceAliases(siteAliases);
        var claims = articles.Select(a => SourceClaim.Of(a, aliases)).ToList();
        var familyOfHost = SourceFamilies.Of(claims);
        var families = claims.Select(c => c.Host is { } host ? familyOfHost[host] : null).ToList();

        var familiesOfName = claims.Zip(families).Where(p => p.First.Name is not null && p.Second is not null)
            .GroupBy(p => SourceAliases.Key(p.First.Name!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Second!).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        bool IsMasthead(string name) => familiesOfName.GetValueOrDefault(SourceAliases.Key(name)) <= 1;

        var nameOfFamily = claims.Zip(families).Where(p => p.Second is not null)
            .GroupBy(p => p.Second!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => SourceFamilies.OwnName(g.Key, g.Select(p => p.First), IsMasthead) ?? g.Key,
                StringComparer.Ordinal);

        var nameOfTitle = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            if (families[i] is { } family && TitleKey(articles[i].Title) is { } title)
            {
                (nameOfTitle.TryGetValue(title, out var list) ? list : nameOfTitle[title] = []).Add(nameOfFamily[family]);
            }
        }

        var hostOfParagraph = HostOfParagraph(articles, families);
        var resolved = new string?[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            resolved[i] = families[i] is { } family ? nameOfFamily[family]
                : SharedHost(articles[i], hostOfParagraph) is { } shared ? nameOfFamily[shared]
                : TitleKey(articles[i].Title) is { } title && nameOfTitle.TryGetValue(title, out var names) ? MostUsed(names)
                : MatchingFamily(claims[i].Name, nameOfFamily) ?? claims[i].Name;
        }

        var spelling = resolved.Where(n => n is not null)
            .GroupBy(n => SourceAliases.Key(n!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => MostUsed(g.Select(n => n!))!, StringComparer.Ordinal);
        return articles
            .Select((a, i) => resolved[i] is { } name ? a with { SourceName = spelling[SourceAliases.Key(name)] } : a with { SourceName = null })
            .ToList();
    }

    /// <summary>The name of the one publisher whose host <paramref name="name"/> matches; null for none or several.</summary>
    private static string? MatchingFamily(string? name, Dictionary<string, string> nameOfFamily)
    {
        var matches = nameOfFamily.Where(f => HostAgreement.Of(name, f.Key) != HostMatch.None).Take(2).ToList();
        return matches.Count == 1 ? matches[0].Value : null;
    }

    /// <summary>Each long paragraph of a page with an address, and its host; null for a paragraph several hosts print (a shared notice).</summary>
    private static Dictionary<string, string?> HostOfParagraph(IReadOnlyList<Article> articles, IReadOnlyList<string?> hosts)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            if (hosts[i] is not { } host)
            {
                continue;
            }

            foreach (var key in ParagraphKeys(articles[i]))
            {
                result[key] = result.TryGetValue(key, out var seen) && seen != host ? null : host;
            }
        }

        return result;
    }

    /// <summary>The host whose pages share the most long paragraphs with <paramref name="article"/>; null for none.</summary>
    private static string? SharedHost(Article article, Dictionary<string, string?> hostOfParagraph) =>
        ParagraphKeys(article)
            .Select(k => hostOfParagraph.GetValueOrDefault(k))
            .Where(h => h is not null)
            .GroupBy(h => h!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

    // A paragraph of 80 letters or more is as good as unique to its story; its first 80 letters, lower-cased, are its key.
    private static IEnumerable<string> ParagraphKeys(Article article) =>
        article.Body
            .Select(b => string.Concat(b.Text.Where(char.IsLetter).Select(char.ToLowerInvariant)))
            .Where(k => k.Length >= 80)
            .Select(k => k[..80])
            .Distinct(StringComparer.Ordinal);

    /// <summary>The most frequent value, ties broken ordinally; null for none.</summary>
    private static string? MostUsed(IEnumerable<string> names) =>
        names.GroupBy(n => n, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

    // Titles of a few words ("Home", "News") are shared by unrelated pages and say nothing about the story.
    private static string? TitleKey(string title)
    {
        var key = string.Concat(title.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
        return key.Length >= 20 ? key : null;
    }
}
