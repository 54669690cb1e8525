using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Archive.Site.Tests.Support;
using Xunit.Abstractions;

namespace Archive.Site.Tests;

/// <summary>Feeds (Atom, and JSON Feed where built) and the sitemap parse, have the required parts, and point at pages that exist.</summary>
[Collection(SiteCollection.Name)]
public sealed class FeedAndSitemapTests(BuiltSites sites, ITestOutputHelper output)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Theory]
    [InlineData(BuiltSites.Demo)]
    [InlineData(BuiltSites.Synthetic)]
    public async Task Every_XML_and_JSON_file_parses(string name)
    {
        var site = await sites.GetAsync(name);
        var problems = new List<string>();

        var xml = site.Files("*.xml");
        foreach (var file in xml)
        {
            try
            {
                _ = Load(site, file);
            }
            catch (XmlException ex)
            {
                problems.Add($"{file}: {ex.Message}");
            }
        }

        var json = site.Files("*.json");
        foreach (var file in json)
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(site.FullPath(file)));
            }
            catch (JsonException ex)
            {
                problems.Add($"{file}: {ex.Message}");
            }
        }

        output.WriteLine($"{site}: {xml.Count} XML and {json.Count} JSON files.");
        Assert.Contains("feed.xml", xml);
        Assert.Contains("sitemap.xml", xml);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData(BuiltSites.Demo)]
    [InlineData(BuiltSites.Synthetic)]
    public async Task Every_Atom_feed_has_its_required_elements_and_links_to_built_pages(string name)
    {
        var site = await sites.GetAsync(name);
        var problems = new List<string>();
        var feeds = 0;
        var entries = 0;

        foreach (var file in site.Files("*.xml"))
        {
            var feed = Load(site, file).Root!;
            if (feed.Name != Atom + "feed")
            {
                continue;
            }

            feeds++;
            CheckRequired(feed, file, problems);
            foreach (var entry in feed.Elements(Atom + "entry"))
            {
                entries++;
                var where = $"{file} entry {(string?)entry.Element(Atom + "id")}";
                CheckRequired(entry, where, problems);
                var alternate = entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
                if (alternate is null)
                {
                    problems.Add($"{where}: no alternate link.");
                }
                else
                {
                    CheckInternal(site, (string?)alternate.Attribute("href"), where, problems);
                }
            }

            foreach (var self in feed.Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") == "self"))
            {
                CheckInternal(site, (string?)self.Attribute("href"), file + " self link", problems);
            }
        }

        output.WriteLine($"{site}: {feeds} Atom feed(s), {entries} entries.");
        Assert.True(feeds > 0, $"{site} has no Atom feed.");
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(50)));
    }

    [Theory]
    [InlineData(BuiltSites.Demo)]
    [InlineData(BuiltSites.Synthetic)]
    public async Task Every_JSON_Feed_has_its_required_members_and_links_to_built_pages(string name)
    {
        var site = await sites.GetAsync(name);
        var problems = new List<string>();
        var feeds = 0;

        foreach (var file in site.Files("*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(site.FullPath(file)));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version)
                || version.GetString()?.StartsWith("https://jsonfeed.org/version/", StringComparison.Ordinal) != true)
            {
                continue;
            }

            feeds++;
            if (!root.TryGetProperty("title", out _))
            {
                problems.Add($"{file}: no title.");
            }

            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{file}: no items array.");
                continue;
            }

            foreach (var item in items.EnumerateArray())
            {
                var id = item.TryGetProperty("id", out var idValue) ? idValue.ToString() : null;
                var where = $"{file} item {id}";
                if (string.IsNullOrEmpty(id))
                {
                    problems.Add($"{where}: no id.");
                }

                if (!item.TryGetProperty("content_html", out _) && !item.TryGetProperty("content_text", out _))
                {
                    problems.Add($"{where}: neither content_html nor content_text.");
                }

                if (item.TryGetProperty("url", out var url))
                {
                    CheckInternal(site, url.GetString(), where, problems);
                }
            }
        }

        output.WriteLine($"{site}: {feeds} JSON Feed(s).");
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(50)));
    }

    [Theory]
    [InlineData(BuiltSites.Demo)]
    [InlineData(BuiltSites.Synthetic)]
    public async Task The_sitemap_lists_built_pages_under_the_base_url_including_every_article(string name)
    {
        var site = await sites.GetAsync(name);
        var problems = new List<string>();

        var urlset = Load(site, "sitemap.xml").Root!;
        Assert.Equal(Sitemap + "urlset", urlset.Name);
        var locations = urlset.Elements(Sitemap + "url").Select(u => (string?)u.Element(Sitemap + "loc")).ToList();
        foreach (var location in locations)
        {
            CheckInternal(site, location, "sitemap.xml", problems);
        }

        foreach (var lastmod in urlset.Elements(Sitemap + "url").Select(u => (string?)u.Element(Sitemap + "lastmod")).OfType<string>())
        {
            if (!DateTimeOffset.TryParse(lastmod, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                problems.Add($"sitemap.xml: lastmod '{lastmod}' is not a W3C date.");
            }
        }

        var listed = locations.OfType<string>().ToHashSet(StringComparer.Ordinal);
        var articles = site.Outcome.Report.Where(e => e.Permalink is not null).Select(e => new Uri(site.BaseUrl, e.Permalink!.TrimStart('/')).AbsoluteUri).ToList();
        problems.AddRange(articles.Where(a => !listed.Contains(a)).Select(a => $"sitemap.xml: article {a} is not listed."));
        if (listed.Count != locations.Count)
        {
            problems.Add($"sitemap.xml: {locations.Count - listed.Count} duplicate location(s).");
        }

        output.WriteLine($"{site}: {locations.Count} sitemap locations, {articles.Count} articles.");
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(50)));
    }

    private static XDocument Load(BuiltSite site, string file)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(site.FullPath(file), settings);
        return XDocument.Load(reader);
    }

    private static void CheckRequired(XElement element, string where, List<string> problems)
    {
        foreach (var required in new[] { "id", "title", "updated" })
        {
            if (string.IsNullOrWhiteSpace((string?)element.Element(Atom + required)))
            {
                problems.Add($"{where}: no {required}.");
            }
        }

        if ((string?)element.Element(Atom + "updated") is { } updated && !IsRfc3339(updated))
        {
            problems.Add($"{where}: updated '{updated}' is not an RFC 3339 date-time.");
        }
    }

    private static bool IsRfc3339(string value) =>
        value.Length >= 20 && value[10] == 'T' && (value.EndsWith('Z') || value[^6] is '+' or '-')
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static void CheckInternal(BuiltSite site, string? href, string where, List<string> problems)
    {
        if (!Uri.TryCreate(href, UriKind.Absolute, out var url) || site.InternalPath(url) is not { } path)
        {
            problems.Add($"{where}: '{href}' is not an absolute URL under {site.BaseUrl}.");
            return;
        }

        if (LinkChecker.Problem(site, null, path, "") is { } problem)
        {
            problems.Add($"{where}: {href} ({problem}).");
        }
    }
}
