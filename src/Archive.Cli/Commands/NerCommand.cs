using System.CommandLine;
using System.Globalization;
using System.Text;
using Archive.Core.Analysis.Entities;
using Archive.Core.Analysis.Entities.Conll;
using Archive.Core.Analysis.Entities.Tagging;
using Archive.Core.Model;
using Archive.Core.Normalization;

namespace Archive.Cli.Commands;

/// <summary>
/// <c>ner --conll FILE</c>: prints the CoNLL lines with the predicted IOB2 tag appended to each token line.
/// <c>ner [--plain] [--site FILE] PATH...</c> (hidden <c>--readings</c>: with the kind model's readings): prints the resolved entities of each capture, read as <c>build</c> and
/// <c>extract</c> read it (<see cref="CaptureProcessor"/> under site.yml), or of each plain-text article. The hidden <c>--bench N</c> times
/// N tagging passes over the CoNLL file on one thread and reports tokens per second on stderr; given captures instead, it times
/// N passes of the whole extraction (splitting, tagging, cleaning, resolution) over them and reports CPU time per article.
/// </summary>
internal static class NerCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Capture files whose entities to print.", Arity = ArgumentArity.ZeroOrMore };
        var conll = new Option<string?>("--conll") { Description = "A CoNLL file (token in the first column) to tag." };
        var model = new Option<string?>("--model") { Description = "A model file from train-ner instead of the built-in model." };
        var plain = new Option<bool>("--plain") { Description = "Read each path as plain text (first line the headline, blank lines between paragraphs) instead of a capture." };
        var bench = new Option<int>("--bench") { Description = "Time N tagging passes over the CoNLL file, or N extraction passes over the captures.", Hidden = true };
        var readings = new Option<bool>("--readings") { Description = "Also print how the kind model read each entity's mentions (organisation, place, other).", Hidden = true };
        var site = new Option<string>("--site") { Description = "Site settings file whose source rules apply to captures, as in build.", DefaultValueFactory = _ => "site.yml" };
        var command = new Command("ner", "Tag named entities (people, places, organisations).") { paths, conll, model, plain, bench, site, readings };
        command.SetAction(parseResult =>
        {
            var modelPath = parseResult.GetValue(model);
            var tagger = modelPath is null ? NerTagger.Default : NerTagger.FromFile(modelPath);
            if (parseResult.GetValue(conll) is { } conllPath)
            {
                var passes = parseResult.GetValue(bench);
                if (passes > 0)
                {
                    var (tokens, seconds, cpuSeconds) = ConllTagging.Bench(tagger, conllPath, passes);
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tokens:N0} tokens on one thread ({passes} passes): {seconds:F2}s wall, {tokens / seconds:N0} tokens/s; {cpuSeconds:F2}s CPU, {tokens / cpuSeconds:N0} tokens per CPU second"));
                    return 0;
                }

                using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
                ConllTagging.TagFile(tagger, conllPath, output);
                return 0;
            }

            var files = parseResult.GetValue(paths) ?? [];
            if (files.Length == 0)
            {
                Console.Error.WriteLine("ner: give --conll FILE or one or more capture files.");
                return 1;
            }

            var extractor = new ArticleEntityExtractor(tagger);
            Func<string, Article> read;
            if (parseResult.GetValue(plain))
            {
                read = ReadPlain;
            }
            else if (CaptureProcessing.Load(parseResult.GetValue(site)!, Console.Error) is { } processor)
            {
                read = path => ReadCapture(processor, path);
            }
            else
            {
                return 2;
            }

            if (parseResult.GetValue(bench) is var articlePasses and > 0)
            {
                var articles = files.Select(read).ToList();
                var (first, cpu, allocated) = BenchArticles(extractor, articles, articlePasses);
                var runs = articles.Count * articlePasses;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{articles.Count:N0} articles, {articlePasses} passes on one thread: warm-up pass {first:F2}s CPU; then {cpu:F2}s CPU, {cpu * 1000 / runs:F3} ms CPU and {allocated / 1024.0 / runs:F0} KiB allocated per article"));
                return 0;
            }

            foreach (var path in files)
            {
                var article = read(path);
                Console.WriteLine(TerminalText.Line(path));
                foreach (var entity in extractor.Extract(article))
                {
                    var aliases = entity.Aliases.Count > 0 ? " (" + string.Join("; ", entity.Aliases) + ")" : "";
                    var kindReadings = parseResult.GetValue(readings)
                        ? string.Create(CultureInfo.InvariantCulture, $"  [read as organisation {entity.ReadAsOrganisation}, place {entity.ReadAsPlace}, other {entity.Misc}]")
                        : "";
                    Console.WriteLine(TerminalText.Line(string.Create(CultureInfo.InvariantCulture, $"  {entity.Kind,-12} {entity.Count,3}  {entity.Name}{aliases}{kindReadings}")));
                }
            }

            return 0;
        });
        return command;
    }

    /// <summary>Processor seconds of a warm-up extraction pass and of the next <paramref name="passes"/>, and the bytes those allocated.</summary>
    private static (double First, double Cpu, long Allocated) BenchArticles(ArticleEntityExtractor extractor, IReadOnlyList<Article> articles, int passes)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        double CpuSeconds()
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalSeconds;
        }

        var start = CpuSeconds();
        foreach (var article in articles)
        {
            extractor.Extract(article);
        }

        var warm = CpuSeconds();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var article in articles)
            {
                extractor.Extract(article);
            }
        }

        return (warm - start, CpuSeconds() - warm, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    private static Article ReadCapture(CaptureProcessor processor, string path) => processor.Process(CaptureProcessing.Read(path)).Article;

    private static Article ReadPlain(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var lines = paragraphs.Count > 0 ? paragraphs[0].Split('\n', 2) : [""];
        if (lines.Length > 1)
        {
            paragraphs[0] = lines[1];
        }
        else if (paragraphs.Count > 0)
        {
            paragraphs.RemoveAt(0);
        }

        return new Article
        {
            SourcePath = path,
            Title = lines[0].Trim(),
            Body = paragraphs.Select(p => new Block(BlockKind.Paragraph, p.Replace('\n', ' '))).ToList(),
        };
    }
}
