using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Archive.Core.Normalization;
using Archive.Core.Normalization.Html;
using Archive.Core.Normalization.Html.Learning;

namespace Archive.Cli.Commands;

/// <summary>
/// <c>train-html --pages LIST --out FILE [--seed N] [--rounds N] [--min-gain G] [--start FILE]</c>: fits the HTML
/// reader's weights and thresholds (<see cref="ContentScoring"/>) by coordinate search, maximising the extraction
/// benchmark's body F1 on page folders with a hand-made body. LIST names one page folder a line, each with
/// <c>page.html</c> and <c>truth.txt</c>; folders without both are skipped. Deterministic: the same pages, options and seed
/// give the same file, which <c>extract --html-scoring FILE</c> reads.
/// </summary>
internal static class TrainHtmlCommand
{
    public static Command Create()
    {
        var defaults = new HtmlTrainingOptions();
        var pages = new Option<string>("--pages") { Description = "File naming one page folder a line (page.html and truth.txt in each).", Required = true };
        var output = new Option<string>("--out") { Description = "Scoring file to write.", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the order in which the values are visited.", DefaultValueFactory = _ => defaults.Seed };
        var rounds = new Option<int>("--rounds") { Description = "The most passes over every value.", DefaultValueFactory = _ => defaults.Rounds };
        var minGain = new Option<double>("--min-gain") { Description = "The least F1 gain that moves a value.", DefaultValueFactory = _ => defaults.MinGain };
        var start = new Option<string>("--start") { Description = "Scoring file to start from; default: the built-in values." };
        var parallelism = new Option<int>("--parallelism") { Description = "Pages read at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("train-html", "Fit the HTML reader's weights and thresholds to pages with a hand-made body.") { pages, output, seed, rounds, minGain, start, parallelism };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var clock = Stopwatch.StartNew();
            var folders = File.ReadAllLines(parseResult.GetValue(pages)!).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var loaded = folders.AsParallel().AsOrdered().Select(Read).OfType<ScoringPage>().ToList();
            try
            {
                error.WriteLine($"{loaded.Count} of {folders.Count} pages read ({folders.Count - loaded.Count} skipped: no page.html or truth.txt, or no body element)");
                var options = new HtmlTrainingOptions(parseResult.GetValue(seed), parseResult.GetValue(rounds), parseResult.GetValue(minGain), Math.Max(1, parseResult.GetValue(parallelism)));
                var first = parseResult.GetValue(start) is { Length: > 0 } startFile ? ContentScoring.ReadFile(startFile) : ContentScoring.Default;
                var (scoring, f1) = ContentScoringSearch.Fit(loaded, first, options, error.WriteLine);
                foreach (var change in ContentScoringSearch.Changes(scoring, ContentScoring.Default))
                {
                    error.WriteLine("  " + change);
                }

                var path = parseResult.GetValue(output)!;
                using (var writer = new StreamWriter(path))
                {
                    writer.NewLine = "\n";
                    scoring.Write(writer, string.Create(
                        CultureInfo.InvariantCulture,
                        $"made by: archive train-html --pages {Path.GetFileName(parseResult.GetValue(pages))} --seed {options.Seed} --rounds {options.Rounds} --min-gain {options.MinGain}{(parseResult.GetValue(start) is { Length: > 0 } s ? " --start " + Path.GetFileName(s) : "")}\n{loaded.Count} pages, body F1 {f1:0.0000} on them"));
                }

                error.WriteLine($"wrote {TerminalText.Line(path)} in {clock.Elapsed.TotalSeconds:F1}s");
                return 0;
            }
            finally
            {
                foreach (var page in loaded)
                {
                    page.Dispose();
                }
            }
        });
        return command;
    }

    private static ScoringPage? Read(string folder)
    {
        var html = Path.Combine(folder, "page.html");
        var truth = Path.Combine(folder, "truth.txt");
        return File.Exists(html) && File.Exists(truth)
            ? ScoringPage.Of(folder, CaptureInput.FromBytes(html, File.ReadAllBytes(html)), File.ReadAllText(truth))
            : null;
    }
}
