using System.Collections.Concurrent;
using AngleSharp.Html.Parser;

namespace Archive.Site.Tests.Support;

/// <summary>
/// Finds every internal link in every HTML page of a built site (href, src and srcset of links, anchors,
/// images, scripts, forms and frames; canonical and Open Graph URLs under the site's base_url) and reports
/// those that point at no file, or at an id the target page does not have.
/// </summary>
internal static class LinkChecker
{
    private static readonly (string Selector, string Attribute)[] Sources =
    [
        ("a[href]", "href"), ("area[href]", "href"), ("link[href]", "href"), ("script[src]", "src"),
        ("img[src]", "src"), ("img[srcset]", "srcset"), ("source[src]", "src"), ("source[srcset]", "srcset"),
        ("iframe[src]", "src"), ("form[action]", "action"), ("meta[property^='og:'][content^='http']", "content"),
    ];

    public static LinkReport Check(BuiltSite site)
    {
        var pages = site.HtmlPages();
        var ids = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = new ConcurrentBag<(string Page, string Href, Uri Target)>();
        Parallel.ForEach(pages, page =>
        {
            using var document = new HtmlParser().ParseDocument(File.ReadAllText(site.FullPath(page)));
            ids[page] = document.QuerySelectorAll("[id], a[name]")
                .Select(e => e.GetAttribute("id") ?? e.GetAttribute("name") ?? "")
                .ToHashSet(StringComparer.Ordinal);
            var pageUrl = new Uri(site.BaseUrl, BuiltSite.UrlPathOf(page).TrimStart('/'));
            foreach (var (selector, attribute) in Sources)
            {
                foreach (var element in document.QuerySelectorAll(selector))
                {
                    foreach (var href in Values(element.GetAttribute(attribute)!, attribute))
                    {
                        if (Uri.TryCreate(pageUrl, href, out var target))
                        {
                            links.Add((page, href, target));
                        }
                        else
                        {
                            links.Add((page, href, new Uri(site.BaseUrl, "invalid-url-" + Uri.EscapeDataString(href))));
                        }
                    }
                }
            }
        });

        var broken = new List<BrokenLink>();
        var checkedCount = 0;
        foreach (var (page, href, target) in links)
        {
            if (site.InternalPath(target) is not { } path)
            {
                continue;
            }

            checkedCount++;
            if (Problem(site, ids, path, target.Fragment) is { } problem)
            {
                broken.Add(new BrokenLink(page, href, problem));
            }
        }

        broken.Sort((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));
        return new LinkReport(pages.Count, checkedCount, broken);
    }

    /// <summary>Why an internal URL path (with its #fragment) is broken, or null when it is served.</summary>
    public static string? Problem(BuiltSite site, IReadOnlyDictionary<string, HashSet<string>>? ids, string path, string fragment)
    {
        var file = site.FileFor(path);
        if (file is null)
        {
            return "no such file";
        }

        var id = Uri.UnescapeDataString(fragment.TrimStart('#'));
        if (id.Length == 0 || ids is null || !file.EndsWith(".html", StringComparison.Ordinal))
        {
            return null;
        }

        var relative = Path.GetRelativePath(site.Output, file).Replace('\\', '/');
        return ids.TryGetValue(relative, out var known) && known.Contains(id) ? null : $"no element with id '{id}'";
    }

    private static IEnumerable<string> Values(string value, string attribute) =>
        attribute == "srcset"
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Split(' ')[0])
            : [value.Trim()];
}
