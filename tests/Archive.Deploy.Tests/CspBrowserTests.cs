using Archive.Deploy.Tests.Support;
using Microsoft.Playwright;

namespace Archive.Deploy.Tests;

/// <summary>
/// Every page of the built site, served with the headers netlify.toml gives it (as Netlify's matcher
/// computes them), loaded in a real browser (Debian's chromium): no Content-Security-Policy violation, and
/// the stylesheet is applied. A page with inline script and style under the same headers proves the
/// browser does report violations here.
/// </summary>
[Collection(DeploySiteCollection.Name)]
public sealed class CspBrowserTests(DeploySite site)
{
    private const string CollectViolations = """
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || ''}:${e.lineNumber})`));
        """;

    private const string InlinePage = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>inline</title>
        <style>body { color: red }</style></head>
        <body><p style="color: blue">inline</p><script>document.title = 'ran';</script></body></html>
        """;

    [SkippableFact]
    public async Task No_page_violates_the_csp_and_every_page_gets_its_stylesheet()
    {
        var rules = await site.RulesAsync();
        DeployTools.RequireChromium();
        await using var server = new RulesServer(site, rules);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);

        var pages = site.Files.Where(file => file.EndsWith(".html", StringComparison.Ordinal)).Select(DeploySite.UrlPathOf).ToList();
        // The kinds of page the issue names must be among them.
        Assert.Contains("/", pages);
        Assert.Contains("/2019/06/03/harbour-bridge-reopens-after-two-years-of-repairs/", pages);
        Assert.Contains(pages, p => p.StartsWith("/tags/", StringComparison.Ordinal) && p.Length > "/tags/".Length);
        Assert.Contains(pages, p => p.StartsWith("/people/", StringComparison.Ordinal) && p.Length > "/people/".Length);
        Assert.Contains(pages, p => p.StartsWith("/places/", StringComparison.Ordinal) && p.Length > "/places/".Length);
        Assert.Contains("/2019/", pages);
        Assert.Contains("/2019/06/", pages);
        Assert.Contains("/2019/06/03/", pages);

        var problems = new List<string>();
        var console = new List<string>();
        var page = await NewPageAsync(browser, console);
        foreach (var path in pages.Append(DeploySite.MissingPathBelowAFolder))
        {
            problems.AddRange(await VisitAsync(page, new Uri(server.BaseUrl, path), path, console));
        }

        Assert.Empty(server.Unknown);
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) over {pages.Count + 1} pages:\n" + string.Join('\n', problems.Take(50)));
    }

    [SkippableFact]
    public async Task The_browser_reports_inline_script_and_style_under_the_same_headers()
    {
        var rules = await site.RulesAsync();
        DeployTools.RequireChromium();
        await using var server = new RulesServer(site, rules, new Dictionary<string, string> { ["/inline-check/"] = InlinePage });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var console = new List<string>();
        var page = await NewPageAsync(browser, console);

        var found = await VisitAsync(page, new Uri(server.BaseUrl, "/inline-check/"), "/inline-check/", console, requireStylesheet: false);

        Assert.Contains(found, f => f.Contains("script-src", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains("style-src", StringComparison.Ordinal));
        Assert.Equal("inline", await page.TitleAsync());
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = DeployTools.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });

    private static async Task<IPage> NewPageAsync(IBrowser browser, List<string> console)
    {
        var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(CollectViolations);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (console)
                {
                    console.Add("console: " + message.Text);
                }
            }
        };
        return page;
    }

    /// <summary>Loads a page and returns what went wrong there: CSP violations, a missing CSP header, an unapplied stylesheet.</summary>
    private static async Task<List<string>> VisitAsync(IPage page, Uri url, string path, List<string> console, bool requireStylesheet = true)
    {
        var found = new List<string>();
        var response = await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is null)
        {
            return [$"{path}: no response"];
        }

        var headers = await response.AllHeadersAsync();
        if (!headers.TryGetValue("content-security-policy", out var csp) || csp.Length == 0)
        {
            found.Add($"{path}: served without a Content-Security-Policy header");
        }

        // Violation events are queued as tasks: let them run before reading.
        var violations = await page.EvaluateAsync<string[]>("() => new Promise(done => setTimeout(() => done(window.__csp), 50))");
        found.AddRange(violations.Select(v => $"{path}: {v}"));
        lock (console)
        {
            found.AddRange(console.Select(c => $"{path}: {c}"));
            console.Clear();
        }

        if (requireStylesheet)
        {
            // The theme's stylesheet loaded under style-src 'self' and has rules.
            var rules = await page.EvaluateAsync<int>("() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)");
            if (rules == 0)
            {
                found.Add($"{path}: no stylesheet rules applied");
            }
        }

        return found;
    }
}
