using System.CommandLine;
using Archive.Cli.Preview;
using Archive.Core.Caching;

namespace Archive.Cli.Commands;

/// <summary><c>preview</c>: build, serve on 127.0.0.1 with live reload, rebuild incrementally on every change.</summary>
internal static class PreviewCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var host = new Option<string>("--host") { Description = "Address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var port = PortOption.Create();
        var timings = new Option<bool>("--timings") { Description = "Print how long each pipeline module took, for every rebuild." };
        var command = new Command("preview", "Build, serve the site with live reload and rebuild when captures, sidecars, templates or site.yml change.") { host, port, timings };
        options.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var paths = options.Paths(parseResult);
            await using var session = new PreviewSession(paths, BuildCache.Open(SiteOptions.CacheDirectory), line => Console.WriteLine(TerminalText.Line(line))) { Timings = parseResult.GetValue(timings) };
            try
            {
                await session.StartAsync(parseResult.GetValue(host)!, parseResult.GetValue(port), cancellationToken).ConfigureAwait(false);
            }
            catch (PortInUseException ex)
            {
                Console.Error.WriteLine($"error ARC003: {ex.Message}.");
                return 2;
            }

            Console.WriteLine($"Previewing {TerminalText.Line(paths.Output)} at {session.Url} (live reload on; Ctrl+C to stop)");
            await session.RunUntilCancelledAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine("Stopped.");
            return 0;
        });
        return command;
    }
}
