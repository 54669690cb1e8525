using System.CommandLine;
using System.Globalization;
using Archive.Core.Normalization;
using Archive.Core.Normalization.Dates.Learning;

namespace Archive.Cli.Commands;

/// <summary>
/// <c>train-dates --pages LIST --out FILE [--epochs N] [--seed N] [--exact-precision P] [--inferred-precision P]</c>: trains the model that chooses a
/// text dump's publication day. LIST names one page folder a line, each with <c>capture.txt</c> (the text dump) and
/// <c>date.txt</c> (the gold day, yyyy-mm-dd). Deterministic: the same pages, options and seed give the same weights.
/// </summary>
internal static class TrainDatesCommand
{
    public static Command Create()
    {
        var defaults = new DateTrainingOptions();
        var pages = new Option<string>("--pages") { Description = "File naming one page folder a line.", Required = true };
        var output = new Option<string>("--out") { Description = "Model file to write.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the days.", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the order of the days.", DefaultValueFactory = _ => defaults.Seed };
        var precision = new Option<double>("--exact-precision") { Description = "Precision the exact tier must reach on the training pages.", DefaultValueFactory = _ => defaults.ExactPrecision };
        var inferred = new Option<double>("--inferred-precision") { Description = "Precision the inferred tier's stated days (under the exact threshold) must reach on the training pages.", DefaultValueFactory = _ => defaults.InferredPrecision };
        var command = new Command("train-dates", "Train the text-dump date model on page folders with a gold day.") { pages, output, epochs, seed, precision, inferred };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var folders = File.ReadAllLines(parseResult.GetValue(pages)!).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var texts = folders.AsParallel().AsOrdered().Select(Read).OfType<DatedText>().ToList();
            error.WriteLine($"{texts.Count} of {folders.Count} pages read ({folders.Count - texts.Count} skipped: no capture.txt or date.txt)");
            var options = defaults with { Epochs = parseResult.GetValue(epochs), Seed = parseResult.GetValue(seed), ExactPrecision = parseResult.GetValue(precision), InferredPrecision = parseResult.GetValue(inferred) };
            var model = TextDateTraining.Train(texts, options, error.WriteLine);
            var path = parseResult.GetValue(output)!;
            using (var writer = new StreamWriter(path))
            {
                writer.NewLine = "\n";
                model.Write(writer, FormattableString.Invariant(
                    $"made by: archive train-dates --pages {Path.GetFileName(parseResult.GetValue(pages))} --epochs {options.Epochs} --seed {options.Seed} --exact-precision {options.ExactPrecision} --inferred-precision {options.InferredPrecision}\n{texts.Count} pages, {texts.Sum(t => t.Days.Count)} days"));
            }

            error.WriteLine($"wrote {TerminalText.Line(path)}");
            return 0;
        });
        return command;
    }

    private static DatedText? Read(string folder)
    {
        var dump = Path.Combine(folder, "capture.txt");
        var gold = Path.Combine(folder, "date.txt");
        if (!File.Exists(dump) || !File.Exists(gold)
            || !DateOnly.TryParseExact(File.ReadAllText(gold).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        return DatedText.Of(folder, CaptureInput.Decode(File.ReadAllBytes(dump)), day);
    }
}
