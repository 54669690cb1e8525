using System.CommandLine;
using System.Diagnostics;
using Archive.Core.Analysis.Entities.Kinds;

namespace Archive.Cli.Commands;

/// <summary>
/// <c>train-kinds --train FILE [--extra FILE]... --out FILE [--test FILE] [--test-extra FILE]...</c>: trains the model
/// that reads the kind of each name (person, organisation, place, or a product, work or event) from CoNLL and
/// WNUT-2017 files, writes it, and reports precision and recall on the held-out files.
/// </summary>
internal static class TrainKindsCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL training file.", Required = true };
        var extra = new Option<string[]>("--extra") { Description = "Training files in WNUT-2017's layout; repeatable.", DefaultValueFactory = _ => [] };
        var output = new Option<string>("--out") { Description = "Model file to write.", Required = true };
        var test = new Option<string?>("--test") { Description = "Held-out CoNLL file to report on." };
        var testExtra = new Option<string[]>("--test-extra") { Description = "Held-out WNUT-2017 files to report on; repeatable.", DefaultValueFactory = _ => [] };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 10 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the example shuffle.", DefaultValueFactory = _ => 1 };
        var command = new Command("train-kinds", "Train the model that reads the kind of each name (person, organisation, place, other).")
        {
            train, extra, output, test, testExtra, epochs, seed,
        };
        command.SetAction(parseResult =>
        {
            var clock = Stopwatch.StartNew();
            var examples = KindTraining.Run(parseResult.GetValue(train)!, parseResult.GetValue(extra)!, parseResult.GetValue(output)!,
                parseResult.GetValue(epochs), parseResult.GetValue(seed), parseResult.GetValue(test), parseResult.GetValue(testExtra)!);
            Console.Error.WriteLine(examples);
            Console.Error.WriteLine($"in {clock.Elapsed.TotalSeconds:F1}s");
            return 0;
        });
        return command;
    }
}
