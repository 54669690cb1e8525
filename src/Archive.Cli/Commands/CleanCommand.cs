using System.CommandLine;

namespace Archive.Cli.Commands;

/// <summary><c>clean</c>: removes the output folder and the build cache.</summary>
internal static class CleanCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output") { Description = "Folder the site is written to.", DefaultValueFactory = _ => "output" };
        var command = new Command("clean", "Delete the output folder and the build cache.") { output };
        command.SetAction(parseResult =>
        {
            var folder = Path.GetFullPath(parseResult.GetValue(output)!);
            foreach (var path in new[] { folder, folder + ".staging", folder + ".previous", Path.GetFullPath(".cache") })
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                    Console.WriteLine($"Deleted {TerminalText.Line(path)}");
                }
            }

            return 0;
        });
        return command;
    }
}
