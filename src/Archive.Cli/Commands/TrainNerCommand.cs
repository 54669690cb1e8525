using System.CommandLine;
using System.Diagnostics;
using Archive.Core.Analysis.Entities.Tagging;

namespace Archive.Cli.Commands;

/// <summary>
/// <c>train-ner --train FILE --out FILE [--epochs N] [--seed N]</c>: trains the named-entity tagger on a
/// CoNLL file (tokens in the first column, gold IOB tags in the last) and writes the model file.
/// Deterministic: the same data, epochs and seed give byte-identical weights.
/// </summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL training file.", Required = true };
        var output = new Option<string>("--out") { Description = "Model file to write.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => new TrainerOptions().Epochs };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the document shuffle.", DefaultValueFactory = _ => 1 };
        var extra = new Option<string[]>("--extra") { Description = "Extra training files in WNUT-2017's layout (products and creative works learnt as MISC); repeatable.", DefaultValueFactory = _ => [] };
        var command = new Command("train-ner", "Train the named-entity tagger on a CoNLL file.") { train, output, epochs, seed, extra };
        command.SetAction(parseResult =>
        {
            var clock = Stopwatch.StartNew();
            var options = new TrainerOptions(Epochs: parseResult.GetValue(epochs), Seed: parseResult.GetValue(seed));
            var path = parseResult.GetValue(output)!;
            using (var stream = File.Create(path))
            {
                NerTraining.TrainConll(parseResult.GetValue(train)!, options, stream, Console.Error.WriteLine, parseResult.GetValue(extra));
            }

            Console.Error.WriteLine($"wrote {TerminalText.Line(path)} ({new FileInfo(path).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:F1}s");
            return 0;
        });
        return command;
    }
}
