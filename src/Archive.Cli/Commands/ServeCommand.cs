using System.CommandLine;
using Archive.Cli.Preview;
using Archive.Core.Output;

namespace Archive.Cli.Commands;

/// <summary><c>serve</c>: serve an existing output folder as it is, without building or watching.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output") { Description = "Folder to serve.", DefaultValueFactory = _ => "output" };
        var host = new Option<string>("--host") { Description = "Address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var port = PortOption.Create();
        var command = new Command("serve", "Serve a built output folder without building it.") { output, host, port };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var folder = Path.GetFullPath(parseResult.GetValue(output)!);
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"{TerminalText.Line(folder)}: error ARC002: no such folder; run build first.");
                return 2;
            }

            // A preview killed during a commit leaves a journal: finish it, so what is served is one whole site.
            SiteSink.Recover(new OutputFolder(folder));
            SiteServer server;
            try
            {
                server = await SiteServer.StartAsync(folder, parseResult.GetValue(host)!, parseResult.GetValue(port), null, cancellationToken).ConfigureAwait(false);
            }
            catch (PortInUseException ex)
            {
                Console.Error.WriteLine($"error ARC003: {ex.Message}.");
                return 2;
            }

            await using var running = server;
            Console.WriteLine($"Serving {TerminalText.Line(folder)} at {server.Url} (Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C.
            }

            await server.StopAsync().ConfigureAwait(false);
            Console.WriteLine("Stopped.");
            return 0;
        });
        return command;
    }
}
