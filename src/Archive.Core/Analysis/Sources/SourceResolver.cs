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
/// The result does not depend on the order of the articles, nor on <c>degree</c>: what is read of each article
/// (its claim, its paragraph keys, its title key, the host it shares paragraphs with) is worked out per article on up to
/// <c>degree</c> threads, in order; what is counted across articles is counted serially in article order.
/// </summary>
public static class SourceResolver
{
    public static IReadOnlyList<Article> Apply(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string>? siteAliases = null, int degree = 1)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var aliases = new SourceAliases(siteAliases);
        var claims = PerIndex.Map(articles.Count, degree, i => SourceClaim.Of(articles[i], aliases));
        var paragraphs = PerIndex.Map(articles.Count, degree, i => ParagraphKeys(articles[i]));
        var titles = PerIndex.Map(articles.Count, degree, i => TitleKey(articles[i].Title));
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
            if (families[i] is { } family && titles[i] is { } title)
            {
                (nameOfTitle.TryGetValue(title, out var list) ? list : nameOfTitle[title] = []).Add(nameOfFamily[family]);
            }
        }

        var hostOfParagraph = HostOfParagraph(paragraphs, families);
        var shared = PerIndex.Map(articles.Count, degree, i => families[i] is null ? SharedHost(paragraphs[i], hostOfParagraph) : null);
        var resolved = new string?[articles.Count];
        var matching = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            resolved[i] = families[i] is { } family ? nameOfFamily[family]
                : shared[i] is { } sharedFamily ? nameOfFamily[sharedFamily]
                : titles[i] is { } title && nameOfTitle.TryGetValue(title, out var names) ? MostUsed(names)
                : Matching(claims[i].Name) ?? claims[i].Name;
        }

        // Pages without an address mostly claim one of a few names; each name is compared with every publisher once.
        string? Matching(string? name) =>
            name is null ? null : matching.TryGetValue(name, out var found) ? found : matching[name] = MatchingFamily(name, nameOfFamily);

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
    private static Dictionary<string, string?> HostOfParagraph(IReadOnlyList<List<string>> paragraphs, IReadOnlyList<string?> hosts)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (hosts[i] is not { } host)
            {
                continue;
            }

            foreach (var key in paragraphs[i])
            {
                result[key] = result.TryGetValue(key, out var seen) && seen != host ? null : host;
            }
        }

        return result;
    }

    /// <summary>The host whose pages share the most of an article's long paragraphs (their <paramref name="keys"/>); null for none.</summary>
    private static string? SharedHost(List<string> keys, Dictionary<string, string?> hostOfParagraph) =>
        keys
            .Select(k => hostOfParagraph.GetValueOrDefault(k))
            .Where(h => h is not null)
            .GroupBy(h => h!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

    // A paragraph of 80 letters or more is as good as unique to its story; its first 80 letters, lower-cased, are its key.
    private const int KeyLetters = 80;

    // Bodies are kept by reference across a preview's rebuilds, so each body's keys are worked out once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Block>, List<string>> KeysOfBody = new();

    /// <summary>The keys of an article's long paragraphs, each once, in body order (do not change the list).</summary>
    internal static List<string> ParagraphKeys(Article article) => KeysOfBody.GetValue(article.Body, KeysOf);

    private static List<string> KeysOf(IReadOnlyList<Block> body)
    {
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Span<char> letters = stackalloc char[KeyLetters];
        foreach (var block in body)
        {
            // Only the first 80 letters matter, so the scan stops there rather than reading the whole paragraph.
            var count = 0;
            foreach (var c in block.Text)
            {
                if (char.IsLetter(c))
                {
                    letters[count++] = char.ToLowerInvariant(c);
                    if (count == KeyLetters)
                    {
                        break;
                    }
                }
            }

            if (count == KeyLetters)
            {
                var key = new string(letters);
                if (seen.Add(key))
                {
                    keys.Add(key);
                }
            }
        }

        return keys;
    }

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
