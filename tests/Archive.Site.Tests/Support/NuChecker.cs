using System.Diagnostics;
using System.Text.Json;

namespace Archive.Site.Tests.Support;

/// <summary>
/// Runs the Nu HTML Checker once over a whole folder (<c>java -jar vnu.jar --errors-only --format json
/// --skip-non-html DIR</c>): one JVM for every page, so a thousand pages take seconds.
/// </summary>
internal static class NuChecker
{
    public static async Task<NuReport> CheckFolderAsync(string folder)
    {
        SiteTools.RequireNuChecker();
        var start = new ProcessStartInfo(SiteTools.Java!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // C1 only: about 40% less CPU for a run of a few thousand pages; it needs a deeper stack than the 512k vnu asks for.
        foreach (var argument in new[] { "-XX:TieredStopAtLevel=1", "-Xss16m", "-jar", SiteTools.VnuJar, "--errors-only", "--format", "json", "--skip-non-html", folder })
        {
            start.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start java.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var json = (await stderr).Trim();
        var other = (await stdout).Trim();
        if (json.Length == 0 || json[0] != '{')
        {
            // vnu writes its JSON report to stderr; anything else means it did not run.
            throw new InvalidOperationException($"vnu.jar exited {process.ExitCode} without a JSON report: {json} {other}");
        }

        using var document = JsonDocument.Parse(json);
        var messages = document.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => new NuMessage(
                m.GetProperty("type").GetString() ?? "",
                m.TryGetProperty("url", out var url) ? Relative(url.GetString() ?? "", folder) : "",
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "",
                m.TryGetProperty("extract", out var extract) ? extract.GetString() ?? "" : ""))
            .ToList();
        return new NuReport(messages, process.ExitCode, stopwatch.Elapsed);
    }

    private static string Relative(string fileUrl, string folder)
    {
        // vnu names files "file:/tmp/site/page.html", with percent-escapes.
        var path = fileUrl.StartsWith("file:", StringComparison.Ordinal) ? Uri.UnescapeDataString(fileUrl["file:".Length..]) : fileUrl;
        return path.StartsWith(folder, StringComparison.Ordinal) ? path[folder.Length..].TrimStart('/') : path;
    }
}
