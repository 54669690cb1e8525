using Archive.Deploy.Tests.Support;

namespace Archive.Deploy.Tests;

/// <summary>
/// Redirects as Netlify's redirect engine (netlify-redirector) applies them to the built site: each sidecar
/// alias sends its old URL to the article's permalink with a 301, no rule captures a published page, and a
/// missing page is left to Netlify's own 404.html.
/// </summary>
[Collection(DeploySiteCollection.Name)]
public sealed class RedirectRuleTests(DeploySite site)
{
    private const string HarbourAlias = "/news/harbour-bridge-reopens/";
    private const string HarbourPermalink = "/2019/06/03/harbour-bridge-reopens-after-two-years-of-repairs/";

    [SkippableFact]
    public async Task A_sidecar_alias_redirects_to_the_article_permalink()
    {
        var rules = await site.RulesAsync();
        Assert.Contains($"{HarbourAlias} {HarbourPermalink} 301", site.ReadRedirectsFile(), StringComparison.Ordinal);

        foreach (var path in new[] { HarbourAlias, HarbourAlias.TrimEnd('/') })
        {
            var redirect = rules.For(path).Redirect;
            Assert.True(redirect is not null, $"Netlify's redirect engine matches no rule for {path}");
            Assert.Equal(HarbourPermalink, redirect.To);
            Assert.Equal(301, redirect.Status);
        }

        Assert.NotNull(site.FileFor(HarbourPermalink));
    }

    /// <summary>
    /// A rule without force is shadowed by a file at its source path, so an alias that is a real page would never
    /// redirect; and its target must be a published page. Every rule is asked with and without its trailing slash.
    /// </summary>
    [SkippableFact]
    public async Task Every_redirect_leaves_a_missing_path_for_a_published_page()
    {
        var rules = await site.RulesAsync();
        var problems = new List<string>();
        foreach (var rule in rules.RedirectRules)
        {
            if (site.FileFor(rule.From) is not null)
            {
                problems.Add($"{rule.From} is a published file: the redirect to {rule.To} would never apply");
            }

            if (site.FileFor(rule.To) is null)
            {
                problems.Add($"{rule.From} redirects to {rule.To}, which is not published");
            }

            if (rule.Status != 301 || rule.Force)
            {
                problems.Add($"{rule.From}: status {rule.Status}, force {rule.Force}; aliases are unforced 301s");
            }

            foreach (var path in new[] { rule.From.TrimEnd('/'), rule.From.TrimEnd('/') + "/" })
            {
                var match = rules.For(path).Redirect;
                if (match?.To != rule.To || match.Status != 301)
                {
                    problems.Add($"{path}: Netlify's redirect engine gives {match?.To ?? "nothing"} ({match?.Status}), expected {rule.To}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [SkippableFact]
    public async Task No_redirect_rule_captures_a_published_page()
    {
        var rules = await site.RulesAsync();
        var captured = site.ServedPaths()
            .Select(rules.For)
            .Where(result => result.Redirect is not null)
            .Select(result => $"{result.Path} -> {result.Redirect!.To} ({result.Redirect.Status}{(result.Redirect.Force ? ", forced" : "")})")
            .ToList();
        Assert.True(captured.Count == 0, "rules matching published paths:\n" + string.Join('\n', captured));
    }

    /// <summary>No rule matches a missing path, so Netlify answers it with the published /404.html and status 404.</summary>
    [SkippableFact]
    public async Task A_missing_page_is_left_to_netlify_404_page()
    {
        var rules = await site.RulesAsync();
        Assert.Null(site.FileFor(DeploySite.MissingPath));
        Assert.Null(rules.For(DeploySite.MissingPath).Redirect);
        Assert.Contains("404.html", site.Files);
        Assert.Equal(HeaderRuleTests.Revalidate, rules.For(DeploySite.MissingPath).Header("Cache-Control"));
    }
}
