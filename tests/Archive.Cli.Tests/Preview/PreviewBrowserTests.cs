using System.Text.Json;
using Archive.Cli.Preview;
using Archive.Cli.Tests.Support;
using Archive.Core.Caching;
using Microsoft.Playwright;

namespace Archive.Cli.Tests.Preview;

/// <summary>The preview in a real browser: edits show up without a manual reload; a broken template shows an overlay; fixing it recovers.</summary>
public sealed class PreviewBrowserTests
{
    private const string Capture = "2014-04-17_geneva-talks.txt";

    [BrowserFact]
    public async Task An_edited_capture_shows_its_new_text_on_the_open_page_without_a_manual_reload()
    {
        using var site = new TestSite();
        await using var preview = await StartAsync(site);
        Trace("preview started at " + preview.Url);
        var (playwright, browser) = await Browser.LaunchAsync();
        Trace("browser launched");
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(new Uri(preview.Url, PermalinkOf(site, Capture)).ToString());
            await WaitForSocketAsync(preview);
            var marker = "and a working dinner " + Guid.NewGuid().ToString("N")[..8];
            var capture = site.PathOf("input", Capture);

            File.WriteAllText(capture, File.ReadAllText(capture).Replace("after seven hours of talks", "after seven hours of talks " + marker, StringComparison.Ordinal));

            await page.WaitForFunctionAsync($"() => document.body.innerText.includes('{marker}')", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            Assert.Contains(marker, await page.InnerTextAsync("main"), StringComparison.Ordinal);
            Assert.DoesNotContain("data-archive-preview", File.ReadAllText(Path.Combine(site.Output, PermalinkOf(site, Capture).Trim('/'), "index.html")), StringComparison.Ordinal);
        }
    }

    [BrowserFact]
    public async Task A_broken_template_shows_an_overlay_naming_the_file_and_line_and_fixing_it_recovers()
    {
        using var site = new TestSite();
        await using var preview = await StartAsync(site);
        Trace("preview started at " + preview.Url);
        var (playwright, browser) = await Browser.LaunchAsync();
        Trace("browser launched");
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            var url = new Uri(preview.Url, PermalinkOf(site, Capture)).ToString();
            await page.GotoAsync(url);
            await WaitForSocketAsync(preview);
            var template = site.PathOf("theme", "layouts", "article.sbn");
            var original = File.ReadAllText(template);
            var lines = original.Split('\n').ToList();
            lines.Insert(2, "{{ if article.title }}<p>unclosed");
            var brokenLine = 3;

            File.WriteAllText(template, string.Join('\n', lines));

            var overlay = page.Locator("#archive-preview-error");
            await overlay.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            var text = await overlay.InnerTextAsync();
            Assert.Contains("layouts/article.sbn", text, StringComparison.Ordinal);
            Assert.Matches(@"article\.sbn\((\d+),", text);
            var line = int.Parse(System.Text.RegularExpressions.Regex.Match(text, @"article\.sbn\((\d+),").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(line, brokenLine, lines.Count + 1);

            // The last good site is still served meanwhile.
            using (var client = new HttpClient())
            {
                Assert.Contains("<article", await client.GetStringAsync(url), StringComparison.Ordinal);
            }

            var fixedMarker = "Recovered " + Guid.NewGuid().ToString("N")[..8];
            File.WriteAllText(template, original.Replace("<h1>{{ article.title }}</h1>", $"<h1>{{{{ article.title }}}}</h1><p class=\"marker\">{fixedMarker}</p>", StringComparison.Ordinal));

            await page.WaitForFunctionAsync($"() => document.body.innerText.includes('{fixedMarker}')", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            Assert.Equal(0, await page.Locator("#archive-preview-error").CountAsync());
        }
    }

    internal static async Task<PreviewSession> StartAsync(TestSite site)
    {
        var session = new PreviewSession(site.Paths, BuildCache.Open(site.PathOf(".cache")), Trace);
        await session.StartAsync("127.0.0.1", 0, CancellationToken.None);
        return session;
    }

    internal static void Trace(string line)
    {
        if (Environment.GetEnvironmentVariable("ARCHIVE_TEST_TRACE") is { Length: > 0 } file)
        {
            File.AppendAllText(file, $"{DateTime.UtcNow:HH:mm:ss.fff} {line}\n");
        }
    }

    internal static async Task WaitForSocketAsync(PreviewSession preview)
    {
        for (var i = 0; i < 500 && preview.Hub.Connections == 0; i++)
        {
            await Task.Delay(20);
        }

        Assert.True(preview.Hub.Connections > 0, "The page never opened the live-reload socket.");
    }

    internal static string PermalinkOf(TestSite site, string capture)
    {
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "build-report.json")));
        return report.RootElement.EnumerateArray().First(e => e.GetProperty("path").GetString() == capture).GetProperty("permalink").GetString()!;
    }
}
