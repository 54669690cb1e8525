using Archive.Site.Tests.Support;
using Xunit.Abstractions;

namespace Archive.Site.Tests;

/// <summary>No internal link of a built site is broken: every href and src under the site resolves to a file, and every #fragment to an id.</summary>
[Collection(SiteCollection.Name)]
public sealed class InternalLinkTests(BuiltSites sites, ITestOutputHelper output)
{
    [Theory]
    [InlineData(BuiltSites.Demo)]
    [InlineData(BuiltSites.Synthetic)]
    [InlineData(BuiltSites.Images)]
    public async Task No_internal_link_is_broken(string name)
    {
        var site = await sites.GetAsync(name);

        var report = LinkChecker.Check(site);

        output.WriteLine($"{site}: {report.Pages} pages, {report.InternalLinks} internal links, {report.Broken.Count} broken.");
        Assert.True(report.InternalLinks > report.Pages, $"{site}: suspiciously few internal links ({report.InternalLinks}).");
        Assert.True(report.Broken.Count == 0, $"{report.Broken.Count} broken link(s) in {site}:\n" + string.Join('\n', report.Broken.Take(50)));
    }

    [Theory]
    [InlineData(BuiltSites.Demo)]
    [InlineData(BuiltSites.Synthetic)]
    public async Task Redirects_and_robots_txt_point_at_built_files(string name)
    {
        var site = await sites.GetAsync(name);
        var problems = new List<string>();
        var redirects = 0;

        if (File.Exists(site.FullPath("_redirects")))
        {
            // Netlify's format: "from to [status]" per line, # for comments.
            foreach (var line in File.ReadLines(site.FullPath("_redirects")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                redirects++;
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2 || !Uri.TryCreate(site.BaseUrl, parts[1], out var target) || site.InternalPath(target) is not { } path)
                {
                    problems.Add($"_redirects: '{line}' has no target on this site.");
                }
                else if (LinkChecker.Problem(site, null, path, "") is { } problem)
                {
                    problems.Add($"_redirects: '{line}' ({problem}).");
                }
                else if (site.FileFor(parts[0]) is not null)
                {
                    problems.Add($"_redirects: '{line}' redirects from a page the site still serves.");
                }
            }
        }

        foreach (var line in File.ReadLines(site.FullPath("robots.txt")).Where(l => l.StartsWith("Sitemap:", StringComparison.OrdinalIgnoreCase)))
        {
            var url = line["Sitemap:".Length..].Trim();
            if (!Uri.TryCreate(url, UriKind.Absolute, out var sitemap) || site.InternalPath(sitemap) is not { } path || site.FileFor(path) is null)
            {
                problems.Add($"robots.txt: '{line}' is not a built file under {site.BaseUrl}.");
            }
        }

        output.WriteLine($"{site}: {redirects} redirect(s).");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData(BuiltSites.Demo)]
    [InlineData(BuiltSites.Synthetic)]
    public async Task Every_capture_is_built(string name)
    {
        var site = await sites.GetAsync(name);

        Assert.True(site.Outcome.ExitCode == 0, string.Join('\n', site.Outcome.Diagnostics));
        Assert.All(site.Outcome.Report, entry => Assert.Equal("built", entry.Status));
    }
}
