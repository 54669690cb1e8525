using System.CommandLine;
using Archive.Core.Output;

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
            var folder = new OutputFolder(parseResult.GetValue(output)!);
            if (!OutputFolder.IsOurs(folder.Path))
            {
                // The same guard as build's: never delete a folder this tool did not write.
                Console.Error.WriteLine($"{TerminalText.Line(folder.Path)}: error ARC080: holds files this tool did not write (no {OutputFolder.OwnershipFile}); not deleted.");
                return 2;
            }

            foreach (var path in (string[])[folder.Path, .. folder.Scratch, OutputFolder.CacheFolder()])
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
