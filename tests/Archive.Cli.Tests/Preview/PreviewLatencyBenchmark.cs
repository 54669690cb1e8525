using System.Globalization;
using System.Text.Json;
using Archive.Cli.Preview;
using Archive.Cli.Tests.Support;
using Archive.Core.Caching;
using Archive.Core.Engine;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Archive.Cli.Tests.Preview;

/// <summary>
/// Edit-to-browser latency of the preview on a site you name (not a test: it asserts nothing about time).
/// <c>ARCHIVE_BENCH_SITE=DIR</c> (with input/, theme/, site.yml; build it once first so .cache/ is warm),
/// optional <c>ARCHIVE_BENCH_EDITS=N</c> and <c>ARCHIVE_BENCH_EDIT=text|name</c>. Each edit changes a sentence of one article's capture and measures
/// from the moment the file is saved to the moment the reloaded page's DOM holds the new text.
/// </summary>
public sealed class PreviewLatencyBenchmark(ITestOutputHelper output)
{
    [BenchmarkFact]
    public async Task Edit_to_browser_latency()
    {
        var root = Environment.GetEnvironmentVariable("ARCHIVE_BENCH_SITE")!;
        // "text" (default): a word inserted into a sentence, the usual correction; "name": a capitalised token at the
        // start of a sentence, which the tagger may take for a new entity, changing index pages too.
        var textEdit = Environment.GetEnvironmentVariable("ARCHIVE_BENCH_EDIT") is not "name";
        var edits = int.TryParse(Environment.GetEnvironmentVariable("ARCHIVE_BENCH_EDITS"), out var n) ? n : 5;
        var paths = new BuildPaths(Path.Combine(root, "input"), Path.Combine(root, "output"), Path.Combine(root, "theme"), Path.Combine(root, "site.yml"));
        var log = new List<string>();
        var rebuilds = new List<TimeSpan>();
        await using var preview = new PreviewSession(paths, BuildCache.Open(Path.Combine(root, ".cache")), line => { lock (log) { log.Add(line); } });
        preview.Rebuilt += (outcome, latency) => { lock (rebuilds) { rebuilds.Add(latency); } };
        await preview.StartAsync("127.0.0.1", 0, CancellationToken.None);
        var (playwright, browser) = await Browser.LaunchAsync();
        var results = new List<double>();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            var (capture, permalink) = FirstArticle(paths);
            await page.GotoAsync(new Uri(preview.Url, permalink).ToString());
            await PreviewBrowserTests.WaitForSocketAsync(preview);
            var file = Path.Combine(paths.Input, capture);
            for (var i = 0; i < edits; i++)
            {
                var paragraphs = await page.EvalOnSelectorAllAsync<string[]>(".body p", "ps => ps.map(p => p.innerText)");
                var original = File.ReadAllText(file);
                var sentence = paragraphs.Select(p => p.Length > 30 ? p[..30] : p).First(p => original.Contains(p, StringComparison.Ordinal));
                var marker = $"{(textEdit ? "edit" : "Edit")}{i}x{Guid.NewGuid().ToString("N")[..6]}";
                var space = sentence.IndexOf(' ', StringComparison.Ordinal);
                var edited = textEdit && space > 0 ? $"{sentence[..space]} {marker}{sentence[space..]}" : $"{marker} {sentence}";
                File.WriteAllText(file, original.Replace(sentence, edited, StringComparison.Ordinal));
                var saved = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                await page.WaitForFunctionAsync($"() => document.body.innerText.includes('{marker}')", null, new PageWaitForFunctionOptions { Timeout = 120_000, PollingInterval = 5 });
                var shown = await page.EvaluateAsync<double>("() => performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
                results.Add(shown - saved);
                await Task.Delay(500);
            }
        }

        var sorted = results.Order().ToList();
        var summary = string.Create(CultureInfo.InvariantCulture, $"edit-to-browser over {results.Count} {(textEdit ? "text" : "name")} edits: median {sorted[sorted.Count / 2]:0} ms, min {sorted[0]:0} ms, max {sorted[^1]:0} ms; each: {string.Join(", ", results.Select(r => r.ToString("0", CultureInfo.InvariantCulture)))} ms");
        output.WriteLine(summary);
        foreach (var line in log)
        {
            output.WriteLine(line);
        }

        if (Environment.GetEnvironmentVariable("ARCHIVE_BENCH_OUT") is { Length: > 0 } report)
        {
            File.AppendAllLines(report, [$"{root}: {summary}", .. log]);
        }
    }

    private static (string Capture, string Permalink) FirstArticle(BuildPaths paths)
    {
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(paths.Output, "build-report.json")));
        var entry = report.RootElement.EnumerateArray().First(e => e.GetProperty("status").GetString() == "built" && e.GetProperty("path").GetString()!.EndsWith(".txt", StringComparison.Ordinal));
        return (entry.GetProperty("path").GetString()!, entry.GetProperty("permalink").GetString()!);
    }
}
