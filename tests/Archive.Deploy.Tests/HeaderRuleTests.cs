using Archive.Deploy.Tests.Support;

namespace Archive.Deploy.Tests;

/// <summary>
/// The [[headers]] rules of netlify.toml over every path of the built site, matched by netlify-cli's own
/// matcher: security headers everywhere, a year of immutable caching for fingerprinted assets only, and
/// revalidation for everything else.
/// </summary>
[Collection(DeploySiteCollection.Name)]
public sealed class HeaderRuleTests(DeploySite site)
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "public, max-age=0, must-revalidate";

    [SkippableFact]
    public async Task Every_served_path_gets_the_security_headers()
    {
        var rules = await site.RulesAsync();
        Assert.NotEmpty(site.Files);
        var problems = new List<string>();
        foreach (var path in site.ServedPaths())
        {
            var result = rules.For(path);
            if (result.Header("Content-Security-Policy") is not { Length: > 0 })
            {
                problems.Add($"{path}: no Content-Security-Policy");
            }

            if (result.Header("X-Content-Type-Options") != "nosniff")
            {
                problems.Add($"{path}: X-Content-Type-Options is '{result.Header("X-Content-Type-Options")}'");
            }

            if (result.Header("Referrer-Policy") is not { Length: > 0 })
            {
                problems.Add($"{path}: no Referrer-Policy");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [SkippableFact]
    public async Task Fingerprinted_assets_are_immutable_and_everything_else_revalidates()
    {
        var rules = await site.RulesAsync();
        var problems = new List<string>();
        var assets = 0;
        foreach (var path in site.ServedPaths())
        {
            var isAsset = path.StartsWith("/assets/", StringComparison.Ordinal) || IsHashedIndexChunk(path);
            assets += isAsset ? 1 : 0;
            var expected = isAsset ? Immutable : Revalidate;
            var actual = rules.For(path).Header("Cache-Control");
            if (actual != expected)
            {
                problems.Add($"{path}: Cache-Control '{actual}', expected '{expected}'");
            }
        }

        Assert.True(assets > 0, "the built site has no /assets/ file");
        Assert.True(problems.Count == 0, "netlify.toml's Cache-Control rules miss built paths (a new top-level folder needs a rule):\n" + string.Join('\n', problems));
    }

    /// <summary>Pagefind's fragments, index and filter chunks, named by their content hash.</summary>
    private static bool IsHashedIndexChunk(string path) =>
        path.StartsWith("/pagefind/fragment/", StringComparison.Ordinal) || path.StartsWith("/pagefind/index/", StringComparison.Ordinal) || path.StartsWith("/pagefind/filter/", StringComparison.Ordinal);

    [SkippableFact]
    public async Task Only_the_search_page_may_run_webassembly()
    {
        var rules = await site.RulesAsync();
        Assert.Contains("/search/", site.ServedPaths());
        Assert.Contains(site.ServedPaths(), path => path.StartsWith("/pagefind/", StringComparison.Ordinal));
        var problems = new List<string>();
        foreach (var path in site.ServedPaths())
        {
            var csp = rules.For(path).Header("Content-Security-Policy") ?? "";
            var isSearch = path.StartsWith("/search/", StringComparison.Ordinal);
            if (csp.Contains("'wasm-unsafe-eval'", StringComparison.Ordinal) != isSearch)
            {
                problems.Add($"{path}: {csp}");
            }
        }

        Assert.True(problems.Count == 0, "'wasm-unsafe-eval' must be allowed on /search/ and nowhere else:\n" + string.Join('\n', problems));

        // The search policy is the site's policy with that one permission added.
        var page = rules.For("/").Header("Content-Security-Policy")!;
        var search = rules.For("/search/").Header("Content-Security-Policy")!;
        Assert.Equal(page.Replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", StringComparison.Ordinal), search);
    }

    /// <summary>
    /// netlify-cli lets the later of two matching rules win a header both set; the CDN may instead join the values.
    /// With no header set by two rules matching one path, the two readings agree.
    /// </summary>
    [SkippableFact]
    public async Task No_header_is_set_by_two_rules_matching_the_same_path()
    {
        var rules = await site.RulesAsync();
        var problems = new List<string>();
        foreach (var result in rules.Paths)
        {
            var clashes = result.Rules
                .SelectMany(index => rules.HeaderRules[index].Values.Keys.Select(name => (Name: name.ToLowerInvariant(), rules.HeaderRules[index].For)))
                .GroupBy(pair => pair.Name)
                .Where(group => group.Count() > 1);
            problems.AddRange(clashes.Select(group => $"{result.Path}: {group.Key} set by {string.Join(" and ", group.Select(g => g.For))}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [SkippableFact]
    public async Task Every_header_rule_matches_a_real_path_of_the_built_site()
    {
        var rules = await site.RulesAsync();
        var served = site.ServedPaths().ToHashSet(StringComparer.Ordinal);
        var used = rules.Paths.Where(p => served.Contains(p.Path)).SelectMany(p => p.Rules).ToHashSet();
        var unused = rules.HeaderRules.Where((_, index) => !used.Contains(index)).Select(rule => rule.For).ToList();
        Assert.True(unused.Count == 0, "header rules that match no built path: " + string.Join(", ", unused));
    }

    [SkippableFact]
    public async Task The_csp_forbids_inline_script_and_style()
    {
        var rules = await site.RulesAsync();
        var csp = rules.For("/").Header("Content-Security-Policy")!;
        var directives = csp.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToList());

        foreach (var directive in new[] { "default-src", "script-src", "style-src" })
        {
            Assert.True(directives.ContainsKey(directive), $"the CSP has no {directive}");
            Assert.DoesNotContain("'unsafe-inline'", directives[directive]);
            Assert.DoesNotContain("'unsafe-eval'", directives[directive]);
            Assert.DoesNotContain("*", directives[directive]);
        }

        Assert.Equal(["'none'"], directives["object-src"]);
    }
}
