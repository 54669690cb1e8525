using System.CommandLine;
using System.Diagnostics;
using Archive.Core.Inputs;
using Archive.Core.Normalization;
using Archive.Core.Normalization.Text.Learning;

namespace Archive.Cli.Commands;

/// <summary>
/// <c>train-text --pages LIST --out FILE [--teacher-only] [--epochs N] [--seed N]</c>: trains the text-dump line
/// classifier. LIST names one page folder a line, each with <c>capture.txt</c> (the text dump) and either
/// <c>truth.txt</c> (a hand-made body) or <c>page.html</c> (the saved page, whose body as the HTML reader reads it labels
/// the dump's lines: teacher labels). Deterministic: the same pages, options and seed give the same weights.
/// </summary>
internal static class TrainTextCommand
{
    public static Command Create()
    {
        var pages = new Option<string>("--pages") { Description = "File naming one page folder a line.", Required = true };
        var output = new Option<string>("--out") { Description = "Model file to write.", Required = true };
        var teacherOnly = new Option<bool>("--teacher-only") { Description = "Label every page by the HTML reader, even where truth.txt exists." };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the lines.", DefaultValueFactory = _ => new TextTrainingOptions().Epochs };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the line order.", DefaultValueFactory = _ => new TextTrainingOptions().Seed };
        var coverage = new Option<double>("--min-coverage") { Description = "Share of the reference's trigrams the labelled lines must cover for a page to count.", DefaultValueFactory = _ => 0.5 };
        var clip = new Option<double>("--clip") { Description = "Spreads from its training mean at which a standardised feature is bounded (0: unbounded).", DefaultValueFactory = _ => new TextTrainingOptions().Clip };
        var site = new Option<string>("--site") { Description = "Site settings file whose source rules apply to the teacher's HTML, as in build.", DefaultValueFactory = _ => "site.yml" };
        var command = new Command("train-text", "Train the text-dump line classifier on labelled page folders.") { pages, output, teacherOnly, epochs, seed, coverage, clip, site };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (CaptureProcessing.Load(parseResult.GetValue(site)!, error) is not { } processor)
            {
                return 2;
            }

            var clock = Stopwatch.StartNew();
            var folders = File.ReadAllLines(parseResult.GetValue(pages)!).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var teacher = parseResult.GetValue(teacherOnly);
            var minCoverage = parseResult.GetValue(coverage);
            var loaded = folders.AsParallel().AsOrdered()
                .Select(folder => Label(processor, folder, teacher, minCoverage))
                .ToList();
            var labelled = loaded.OfType<LabelledCapture>().ToList();
            error.WriteLine($"{labelled.Count} of {folders.Count} pages labelled ({folders.Count - labelled.Count} skipped: no reference, or one that covers too little of the dump)");
            var options = new TextTrainingOptions(Epochs: parseResult.GetValue(epochs), Seed: parseResult.GetValue(seed), Clip: parseResult.GetValue(clip));
            var model = TextLineTraining.Train(labelled, options, error.WriteLine);
            var path = parseResult.GetValue(output)!;
            using (var writer = new StreamWriter(path))
            {
                writer.NewLine = "\n";
                var made = $"made by: archive train-text --pages {Path.GetFileName(parseResult.GetValue(pages))}{(teacher ? " --teacher-only" : "")} --epochs {options.Epochs} --seed {options.Seed} --min-coverage {minCoverage} --clip {options.Clip}";
                model.Write(writer, $"{made}\n{labelled.Count} pages, {labelled.Sum(p => p.Lines.Count)} lines ({labelled.Count(p => !File.Exists(Path.Combine(p.Name, "truth.txt")) || teacher)} labelled by the HTML reader)");
            }

            error.WriteLine($"wrote {TerminalText.Line(path)} ({new FileInfo(path).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:F1}s");
            return 0;
        });
        return command;
    }

    private static LabelledCapture? Label(CaptureProcessor processor, string folder, bool teacherOnly, double minCoverage)
    {
        var dump = Path.Combine(folder, "capture.txt");
        var truth = Path.Combine(folder, "truth.txt");
        var html = Path.Combine(folder, "page.html");
        if (!File.Exists(dump))
        {
            return null;
        }

        string? reference = null;
        if (!teacherOnly && File.Exists(truth))
        {
            reference = File.ReadAllText(truth);
        }
        else if (File.Exists(html))
        {
            reference = processor.Process(new CaptureFile(html, File.ReadAllBytes(html))).Article.BodyText;
        }

        return reference is null
            ? null
            : LabelledCapture.Of(folder, CaptureInput.Decode(File.ReadAllBytes(dump)), reference, minCoverage, minWords: 30);
    }
}
