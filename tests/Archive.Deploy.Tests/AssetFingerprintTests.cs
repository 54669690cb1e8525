using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Archive.Core.Building;
using Archive.Core.Engine;
using Archive.Deploy.Tests.Support;

namespace Archive.Deploy.Tests;

/// <summary>
/// What makes a year of immutable caching safe: every published asset carries the hash of its content in its
/// name, pages reference only those names, and a changed stylesheet gets a new name in every page.
/// </summary>
[Collection(DeploySiteCollection.Name)]
public sealed partial class AssetFingerprintTests(DeploySite site)
{
    [Fact]
    public void Every_asset_name_carries_its_content_hash()
    {
        Assert.Equal(0, site.Outcome.ExitCode);
        var assets = site.Files.Where(file => file.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            var match = Fingerprinted().Match(asset);
            Assert.True(match.Success, $"{asset} has no content hash in its name");
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(site.Output, asset))).AsSpan(0, 5));
            Assert.Equal(hash, match.Groups["hash"].Value);
        }
    }

    [Fact]
    public void Pages_reference_only_fingerprinted_assets()
    {
        var problems = new List<string>();
        foreach (var page in site.Files.Where(file => file.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = File.ReadAllText(Path.Combine(site.Output, page));
            foreach (Match link in LocalSubresource().Matches(html))
            {
                var url = link.Groups["url"].Value;
                if (!url.StartsWith("/assets/", StringComparison.Ordinal) || !Fingerprinted().IsMatch(url.TrimStart('/')) || site.FileFor(url) is null)
                {
                    problems.Add($"{page}: {url}");
                }
            }
        }

        Assert.True(problems.Count == 0, "stylesheets, scripts or images that are not published fingerprinted assets:\n" + string.Join('\n', problems));
    }

    [Fact]
    public async Task A_changed_stylesheet_gets_a_new_url_in_every_page()
    {
        var root = Path.Combine(Path.GetTempPath(), "archive-deploy-theme-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyFolder(Repository.PathOf("theme"), Path.Combine(root, "theme"));
            File.AppendAllText(Path.Combine(root, "theme", "assets", "css", "site.css"), "\n/* changed */\n");
            var output = Path.Combine(root, "output");
            var outcome = await new SiteBuilder(new BuildPaths(Repository.PathOf("input"), output, Path.Combine(root, "theme"), Repository.PathOf("site.yml"))).BuildAsync();
            Assert.Equal(0, outcome.ExitCode);

            var before = Directory.GetFiles(Path.Combine(site.Output, "assets", "css")).Select(Path.GetFileName).Single();
            var after = Directory.GetFiles(Path.Combine(output, "assets", "css")).Select(Path.GetFileName).Single();
            Assert.NotEqual(before, after);
            Assert.Contains($"/assets/css/{after}", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
            Assert.DoesNotContain($"/assets/css/{before}", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^assets/.+\.(?<hash>[0-9a-f]{10})\.[a-z0-9]+$")]
    private static partial Regex Fingerprinted();

    /// <summary>Same-site subresources: stylesheet and icon links, scripts with src, images.</summary>
    [GeneratedRegex(@"<(?:link[^>]*\brel=""(?:stylesheet|icon|preload)""[^>]*\bhref|script[^>]*\bsrc|img[^>]*\bsrc)=""(?<url>/[^""]*)""")]
    private static partial Regex LocalSubresource();
}
