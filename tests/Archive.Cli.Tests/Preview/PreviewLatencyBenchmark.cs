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
/// <c>ARCHIVE_BENCH_SITE=DIR</c> (with input/, theme/, site.yml; build it once first so .cache/ is warm), optional
/// <c>ARCHIVE_BENCH_EDITS=N</c> (edits per kind) and <c>ARCHIVE_BENCH_EDIT=text,title,...</c> or <c>all</c> (the kinds
/// of <see cref="PreviewEdits"/>; default <c>text</c>). Each edit is timed from the moment the file is saved to the
/// DOMContentLoaded of the reloaded page that shows it; the summary gives median and 90th percentile per kind.
/// <c>ARCHIVE_BENCH_TIMINGS=1</c> logs each rebuild's module times. The test host is not the command-line app: run it with
/// <c>DOTNET_gcServer=1 DOTNET_TieredCompilation=0 DOTNET_TieredPGO=0</c> to measure under the app's runtime settings.
/// </summary>
public sealed class PreviewLatencyBenchmark(ITestOutputHelper output)
{
    private static readonly PageWaitForFunctionOptions Patient = new() { Timeout = 120_000, PollingInterval = 5 };

    [BenchmarkFact]
    public async Task Edit_to_browser_latency()
    {
        var root = Environment.GetEnvironmentVariable("ARCHIVE_BENCH_SITE")!;
        var kinds = Environment.GetEnvironmentVariable("ARCHIVE_BENCH_EDIT") switch
        {
            null or "" => ["text"],
            "all" => PreviewEdits.Kinds,
            var list => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        var edits = int.TryParse(Environment.GetEnvironmentVariable("ARCHIVE_BENCH_EDITS"), out var n) ? n : 5;
        var paths = new BuildPaths(Path.Combine(root, "input"), Path.Combine(root, "output"), Path.Combine(root, "theme"), Path.Combine(root, "site.yml"));
        var log = new List<string>();
        await using var preview = new PreviewSession(paths, BuildCache.Open(Path.Combine(root, ".cache")), line => { lock (log) { log.Add(line); } })
        {
            Timings = Environment.GetEnvironmentVariable("ARCHIVE_BENCH_TIMINGS") is "1",
        };
        await preview.StartAsync("127.0.0.1", 0, CancellationToken.None);
        var plan = PreviewEdits.ForSite(paths);
        var (playwright, browser) = await Browser.LaunchAsync();
        var results = kinds.ToDictionary(k => k, _ => new List<double>());
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(new Uri(preview.Url, plan.Permalink).ToString());
            await PreviewBrowserTests.WaitForSocketAsync(preview);
            plan.RememberTitle(await page.InnerTextAsync("h1"));
            foreach (var kind in kinds)
            {
                for (var i = 0; i < edits; i++)
                {
                    await AcrossReloads(page, () => page.GotoAsync(new Uri(preview.Url, plan.Permalink).ToString()));
                    var sentences = await AcrossReloads(page, () => page.EvalOnSelectorAllAsync<string[]>(".body p", "ps => ps.map(p => p.innerText)"));
                    var edit = plan.Plan(kind, i, sentences);
                    await AcrossReloads(page, () => page.GotoAsync(new Uri(preview.Url, edit.Page).ToString()));
                    if (edit.Setup is not null)
                    {
                        edit.Setup();
                        try
                        {
                            await AcrossReloads(page, () => page.WaitForFunctionAsync(edit.SetupShown!, null, new PageWaitForFunctionOptions { Timeout = 30_000, PollingInterval = 50 }));
                        }
                        catch (TimeoutException)
                        {
                            output.WriteLine($"{kind} edit {i}: its setup was not shown within 30 s on {edit.Page}");
                        }

                        await Task.Delay(500);
                    }

                    await PreviewBrowserTests.WaitForSocketAsync(preview);
                    edit.Apply();
                    var saved = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                    try
                    {
                        await AcrossReloads(page, () => page.WaitForFunctionAsync(edit.Shown, null, Patient));
                        var shown = await AcrossReloads(page, () => page.EvaluateAsync<double>("() => performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"));
                        results[kind].Add(shown - saved);
                    }
                    catch (TimeoutException)
                    {
                        // Reported, not thrown: one kind the preview never shows must not hide the others' figures.
                        results[kind].Add(double.PositiveInfinity);
                        output.WriteLine($"{kind} edit {i}: not shown within {Patient.Timeout / 1000} s on {edit.Page}");
                    }
                    await Task.Delay(500);
                    if (edit.Undo is not null)
                    {
                        edit.Undo();
                        await Task.Delay(3000);
                    }
                }
            }
        }

        var lines = results.Select(r => Summary(r.Key, r.Value)).Prepend(Runtime()).ToList();
        foreach (var line in lines.Concat(log))
        {
            output.WriteLine(line);
        }

        if (Environment.GetEnvironmentVariable("ARCHIVE_BENCH_OUT") is { Length: > 0 } report)
        {
            File.AppendAllLines(report, [.. lines.Select(l => $"{root}: {l}"), .. log]);
        }
    }

    /// <summary>
    /// Runs a script in the page again when a live reload replaced the page while it ran (Playwright: "execution
    /// context was destroyed"): a second build during an edit reloads the page twice, which is not a failure.
    /// </summary>
    private static async Task<T> AcrossReloads<T>(IPage page, Func<Task<T>> run)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await run();
            }
            catch (PlaywrightException ex) when (attempt < 10 && IsReload(ex))
            {
                await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            }
        }
    }

    private static bool IsReload(PlaywrightException ex) =>
        ex.Message.Contains("context was destroyed", StringComparison.OrdinalIgnoreCase) ||
        ex.Message.Contains("because of a navigation", StringComparison.OrdinalIgnoreCase) ||
        ex.Message.Contains("interrupted by another navigation", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The runtime this ran under: the test host's own settings differ from the command-line app's (which uses the
    /// server collector and no tiered compilation, see Archive.Cli.csproj), and the figures depend on them. Run with
    /// DOTNET_gcServer=1 DOTNET_TieredCompilation=0 DOTNET_TieredPGO=0 to measure what `archive preview` does.
    /// </summary>
    private static string Runtime() =>
        $"runtime: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} collector, tiered compilation " +
        $"{(Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") is "0" ? "off" : "on")}, {Environment.ProcessorCount} cores";

    private static string Summary(string kind, List<double> times)
    {
        var sorted = times.Order().ToList();
        var p90 = sorted[Math.Max(0, (int)Math.Ceiling(0.9 * sorted.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"{kind}: {times.Count} edits, median {sorted[sorted.Count / 2]:0} ms, p90 {p90:0} ms, max {sorted[^1]:0} ms; each: {string.Join(", ", times.Select(r => r.ToString("0", CultureInfo.InvariantCulture)))} ms");
    }
}
