using System.CommandLine;
using Archive.Core.Building;
using Archive.Core.Engine;

namespace Archive.Cli.Commands;

/// <summary><c>build</c>: input/ into output/, atomically; exit 0 clean, 1 some inputs had problems, 2 configuration or template error.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors (exit code 1)." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each pipeline module took." };
        var command = new Command("build", "Build the site from the input folder into the output folder.") { strict, timings };
        options.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var paths = options.Paths(parseResult);
            var builder = new SiteBuilder(paths) { Strict = parseResult.GetValue(strict) };
            var outcome = await BuildReporter.RunAsync(() => builder.BuildAsync(cancellationToken)).ConfigureAwait(false);
            BuildReporter.Print(outcome, paths);
            if (parseResult.GetValue(timings))
            {
                BuildReporter.PrintTimings(outcome);
            }

            return outcome.ExitCode;
        });
        return command;
    }
}
