using System.CommandLine;
using Archive.Core.Synthetic;

namespace Archive.Cli.Commands;

/// <summary>
/// <c>generate --count N --out DIR [--seed S]</c>: writes a deterministic archive of synthetic captures
/// (text dumps, saved HTML pages, Markdown notes) for tests and benchmarks.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "Number of captures to write.", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write the captures into (created if missing; files of the same name are overwritten, others left alone).", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Seed: the same count and seed give the same files.", DefaultValueFactory = _ => 1 };
        var repeated = new Option<int>("--repeated") { Description = "Percent of captures that capture an earlier story again.", DefaultValueFactory = _ => 0 };
        var syndicated = new Option<int>("--syndicated") { Description = "Percent of captures that carry an earlier story under another publisher.", DefaultValueFactory = _ => 0 };
        var command = new Command("generate", "Write a deterministic archive of synthetic captures.") { count, output, seed, repeated, syndicated };
        command.SetAction(parseResult =>
        {
            var n = parseResult.GetValue(count);
            if (n < 0)
            {
                Console.Error.WriteLine("error ARC090: --count must be zero or more.");
                return 2;
            }

            var folder = Path.GetFullPath(parseResult.GetValue(output)!);
            var written = SyntheticArchive.WriteTo(folder, new SyntheticOptions
            {
                Count = n,
                Seed = parseResult.GetValue(seed),
                RepeatedPercent = Math.Clamp(parseResult.GetValue(repeated), 0, 100),
                SyndicatedPercent = Math.Clamp(parseResult.GetValue(syndicated), 0, 100),
            });
            Console.WriteLine($"Wrote {written} captures to {TerminalText.Line(folder)}");
            return 0;
        });
        return command;
    }
}
