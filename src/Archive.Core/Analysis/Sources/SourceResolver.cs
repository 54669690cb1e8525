using Archive.Core.Model;

namespace Archive.Core.Analysis.Sources;

/// <summary>
/// One name per publisher across the archive. Each capture's own claim (og:site_name, JSON-LD publisher,
/// copyright line) is cleaned (<see cref="SourceNameCleaner"/>) and mapped through <see cref="SourceAliases"/>;
/// then, archive-wide:
/// <list type="bullet">
/// <item>a name claimed by pages of several hosts is a parent company, not a masthead: those pages fall back to
/// their host's own name;</item>
/// <item>all pages of one host get the host's most used name (its host name when it has none);</item>
/// <item>a capture without an address (a text dump) takes the source of the host whose pages share a long
/// paragraph with it (paragraphs found on one host only), else of a page with the same title, so a story's
/// text dump and saved page agree;</item>
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
        var claims = articles
            .Select(a => (Host: SourceHost.OfUrl(a.CanonicalUrl), Name: SourceNameCleaner.Clean(a.SourceName) is { } name ? aliases.Resolve(name) : null))
            .ToList();

        var hostsOfName = claims.Where(c => c.Host is not null && c.Name is not null)
            .GroupBy(c => SourceAliases.Key(c.Name!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Host!).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        bool IsMasthead(string? name) => name is not null && hostsOfName.GetValueOrDefault(SourceAliases.Key(name)) <= 1;

        var nameOfHost = claims.Where(c => c.Host is not null)
            .GroupBy(c => c.Host!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => MostUsed(g.Select(c => c.Name).Where(IsMasthead).Select(n => n!)) ?? g.Key,
                StringComparer.Ordinal);

        var nameOfTitle = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            if (claims[i].Host is { } host && TitleKey(articles[i].Title) is { } title)
            {
                (nameOfTitle.TryGetValue(title, out var list) ? list : nameOfTitle[title] = []).Add(nameOfHost[host]);
            }
        }

        var hostOfParagraph = HostOfParagraph(articles, claims.Select(c => c.Host).ToList());
        var resolved = new string?[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            resolved[i] = claims[i].Host is { } host ? nameOfHost[host]
                : SharedHost(articles[i], hostOfParagraph) is { } shared ? nameOfHost[shared]
                : TitleKey(articles[i].Title) is { } title && nameOfTitle.TryGetValue(title, out var names) ? MostUsed(names)
                : claims[i].Name;
        }

        var spelling = resolved.Where(n => n is not null)
            .GroupBy(n => SourceAliases.Key(n!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => MostUsed(g.Select(n => n!))!, StringComparer.Ordinal);
        return articles
            .Select((a, i) => resolved[i] is { } name ? a with { SourceName = spelling[SourceAliases.Key(name)] } : a with { SourceName = null })
            .ToList();
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
