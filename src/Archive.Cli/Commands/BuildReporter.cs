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
            Console.Error.WriteLine(diagnostic.ToString());
        }

        var failed = outcome.Report.Where(e => e.Status != "built").ToList();
        foreach (var entry in failed)
        {
            Console.Error.WriteLine($"{entry.Path}: {entry.Status}: {entry.Reason}");
        }

        var summary = outcome.ExitCode == 2
            ? $"Build failed: {outcome.Errors} error(s); the previous site in {paths.Output} is unchanged."
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
            Console.WriteLine($"{timing.Elapsed.TotalMilliseconds,10:0} ms  {timing.Pipeline} » {timing.Phase} » {timing.Module} ({timing.Documents} documents)");
        }

        using var process = System.Diagnostics.Process.GetCurrentProcess();
        Console.WriteLine($"CPU {process.TotalProcessorTime.TotalSeconds:0.00} s, peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MiB");
    }
}
