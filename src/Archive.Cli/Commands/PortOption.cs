using System.CommandLine;

namespace Archive.Cli.Commands;

/// <summary>The <c>--port</c> of the commands that serve the site, refused on the command line when no port can have it.</summary>
internal static class PortOption
{
    public static Option<int> Create()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is var value and (< 0 or > 65535))
            {
                result.AddError($"--port must be between 0 and 65535, not {value}.");
            }
        });
        return port;
    }
}
