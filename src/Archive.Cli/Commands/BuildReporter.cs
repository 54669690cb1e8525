using Archive.Core.Building;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Spectre.Console;

namespace Archive.Cli.Commands;

/// <summary>Shows a build: a spinner and a coloured summary on a terminal, plain lines when redirected (CI).</summary>
internal static class BuildReporter
{
    private static bool Interactive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static async Task<BuildOutcome> RunAsync(Func<Task<BuildOutcome>> build)
    {
        if (!Interactive)
        {
            Console.WriteLine("Building...");
            return await build().ConfigureAwait(false);
        }

        return await AnsiConsole.Status().StartAsync("Building...", _ => build()).ConfigureAwait(false);
    }

    public static void Print(BuildOutcome outcome, BuildPaths paths)
    {
        foreach (var diagnostic in outcome.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
        {
            Console.Error.WriteLine(TerminalText.Line(diagnostic.ToString()));
        }

        PrintReport(outcome, all: false);

        var summary = outcome.ExitCode == 2
            ? $"Build failed: {outcome.Errors} error(s); the previous site in {TerminalText.Line(paths.Output)} is unchanged."
            : $"Built {outcome.Inputs} inputs into {outcome.FilesWritten + outcome.FilesUnchanged} files " +
              $"({outcome.FilesWritten} written, {outcome.FilesUnchanged} unchanged), {outcome.Warnings} warning(s), " +
              $"{outcome.Errors} error(s) in {outcome.Elapsed.TotalSeconds:0.00} s.";
        if (Interactive)
        {
            var colour = outcome.ExitCode switch { 0 => "green", 1 => "yellow", _ => "red" };
            AnsiConsole.MarkupLine($"[{colour}]{Markup.Escape(summary)}[/]");
        }
        else
        {
            Console.WriteLine(summary);
        }
    }

    public static void PrintTimings(BuildOutcome outcome)
    {
        foreach (var timing in outcome.Timings)
        {
            Console.WriteLine($"@{timing.Started.TotalMilliseconds,6:0} {timing.Elapsed.TotalMilliseconds,7:0} ms {timing.ProcessCpu.TotalMilliseconds,10:0} ms CPU {timing.ProcessAllocated / (1024 * 1024),7} MiB  {timing.Pipeline} » {timing.Phase} » {timing.Module} ({timing.Documents} documents)");
        }

        using var process = System.Diagnostics.Process.GetCurrentProcess();
        Console.WriteLine($"CPU {process.TotalProcessorTime.TotalSeconds:0.00} s, peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MiB, " +
            $"GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms ({GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, " +
            $"{GC.CollectionCount(2)} gen2), {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MiB allocated");
    }

    /// <summary>
    /// The fate of each input as a table: every input with <paramref name="all"/>, else only those that
    /// failed or drew a warning (the full list is always in output/build-report.json).
    /// </summary>
    public static void PrintReport(BuildOutcome outcome, bool all)
    {
        var problems = outcome.Diagnostics
            .Where(d => d.File is not null && d.Severity != DiagnosticSeverity.Info)
            .GroupBy(d => d.File!.EndsWith(".yml", StringComparison.Ordinal) ? d.File[..^4] : d.File!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rows = outcome.Report
            .Where(e => all || e.Status != "built" || problems.ContainsKey(e.Path))
            .Select(e => (Path: TerminalText.Line(e.Path), Fate: TerminalText.Line(e.Status == "built" && problems.ContainsKey(e.Path) ? "built with warnings" : e.Status),
                Page: TerminalText.Line(e.Permalink ?? e.Reason), Problems: problems.GetValueOrDefault(e.Path)))
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        if (Interactive)
        {
            var table = new Table().AddColumns("Input", "Fate", "Page or reason", "Problems");
            foreach (var row in rows)
            {
                table.AddRow(Markup.Escape(row.Path), Markup.Escape(row.Fate), Markup.Escape(row.Page), row.Problems.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return;
        }

        var width = Math.Min(60, rows.Max(r => r.Path.Length));
        Console.WriteLine($"{"Input".PadRight(width)}  {"Fate",-20}  {"Problems",8}  Page or reason");
        foreach (var row in rows)
        {
            Console.WriteLine($"{row.Path.PadRight(width)}  {row.Fate,-20}  {row.Problems,8}  {row.Page}");
        }
    }
}
