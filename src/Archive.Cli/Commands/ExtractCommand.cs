using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Core.Analysis.Entities;
using Archive.Core.Normalization;
using Archive.Core.Text;

namespace Archive.Cli.Commands;

/// <summary>
/// <c>extract [--format text|json|jsonl] [--site FILE] PATH...</c>: prints the normalised article of each capture, in
/// the order given, as <c>build</c> makes it: the same <see cref="CaptureProcessor"/> under the same site.yml (its
/// source rules; a sidecar beside a capture is read too). An error in site.yml stops it with exit code 2, as it stops a
/// build. Evaluation scripts rely on the jsonl shape: source, title, published, body, tags, entities.
/// </summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Capture files to normalise.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format: text, json or jsonl.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var parallelism = new Option<int>("--parallelism") { Description = "Captures processed at once (1: one core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var stats = new Option<bool>("--stats") { Description = "Print throughput (captures per CPU second, by format) to standard error." };
        var site = new Option<string>("--site") { Description = "Site settings file whose source rules apply, as in build.", DefaultValueFactory = _ => "site.yml" };
        var textModel = new Option<string>("--text-model") { Description = "How text dumps find their text: rules, learnt (the embedded line classifier) or a model file from train-text; default: the build's choice." };
        var dateModel = new Option<string>("--date-model") { Description = "How text dumps choose their publication day: rules, learnt (the embedded date model) or a model file from train-dates; default: the build's choice." };
        var htmlScoring = new Option<string>("--html-scoring") { Description = "The HTML reader's weights and thresholds: a file from train-html; default: the built-in values." };
        var explainDates = new Option<bool>("--explain-dates") { Description = "Add how each saved HTML page's or text dump's publication day was chosen, with its candidates (json/jsonl: date_explanation)." };
        var command = new Command("extract", "Print the normalised article of each capture.") { paths, format, parallelism, stats, site, textModel, dateModel, htmlScoring, explainDates };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (CaptureProcessing.Load(parseResult.GetValue(site)!, error, parseResult.GetValue(textModel), parseResult.GetValue(dateModel), parseResult.GetValue(htmlScoring)) is not { } processor)
            {
                return 2;
            }

            var chosen = parseResult.GetValue(format)!;
            var timer = new ThroughputTimer();
            var results = parseResult.GetValue(paths)!
                .AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, parseResult.GetValue(parallelism)))
                .SelectMany(path => timer.Time(path, () => Normalise(processor, path)) is { } normalised
                    ? normalised.Select(result => (path, record: Explained(Describe(result.Article.SourcePath, result), path, result, parseResult.GetValue(explainDates))))
                    : [(path, record: (JsonObject?)null)]);
            var exitCode = 0;
            foreach (var (path, record) in results)
            {
                if (record is null)
                {
                    error.WriteLine($"{TerminalText.Line(path)}: error ARC001: file not found.");
                    exitCode = 1;
                    continue;
                }

                output.WriteLine(chosen switch
                {
                    "jsonl" => record.ToJsonString(Compact),
                    "json" => record.ToJsonString(Indented),
                    _ => TerminalText.Lines(AsText(record)),
                });
            }

            if (parseResult.GetValue(stats))
            {
                timer.Print(error);
            }

            return exitCode;
        });
        return command;
    }

    /// <summary>The article of a capture file, or one per page of a container (a WARC), whose sources are <c>path#key</c>; null when the file does not exist.</summary>
    private static List<CaptureResult>? Normalise(CaptureProcessor processor, string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        if (!processor.IsContainer(path))
        {
            return [processor.Process(CaptureProcessing.Read(path))];
        }

        var skipped = new List<Core.Diagnostics.Diagnostic>();
        using var stream = File.OpenRead(path);
        var results = processor.ProcessContainer(path, stream, skipped.Add).ToList();
        if (skipped.Count > 0 && results.Count > 0)
        {
            results[0] = results[0] with { Diagnostics = [.. skipped, .. results[0].Diagnostics] };
        }

        return results;
    }

    private static JsonObject? Explained(JsonObject? record, string path, CaptureResult result, bool explain)
    {
        if (record is not null && explain && File.Exists(path))
        {
            if (result.Article.Format == Core.Model.CaptureFormat.Html)
            {
                record["date_explanation"] = Core.Normalization.Html.HtmlCaptureReader.ExplainDate(Core.Normalization.CaptureInput.FromBytes(path, File.ReadAllBytes(path)));
            }
            else if (result.Article.Format == Core.Model.CaptureFormat.Text)
            {
                // The shipped date model, as build uses it (not --date-model).
                record["date_explanation"] = Core.Normalization.Dates.PublishedDateFinder.DescribeText(File.ReadAllText(path), Core.Normalization.Dates.Learning.TextDateModel.Default);
            }
        }

        return record;
    }

    private static JsonObject? Describe(string path, CaptureResult? result)
    {
        if (result is null)
        {
            return null;
        }

        var article = result.Article with { SourcePath = path };
        var entities = ArticleEntityExtractor.Default.Extract(article);
        return new JsonObject
        {
            ["source"] = path,
            ["title"] = article.Title,
            ["published"] = article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["published_confidence"] = article.Published is null ? null : article.PublishedConfidence.ToString().ToLowerInvariant(),
            ["body"] = article.BodyText,
            ["tags"] = Json.Strings(article.Tags),
            ["entities"] = Json.Array(entities.Select(e => new JsonObject
            {
                ["name"] = e.Name,
                ["type"] = e.Kind.ToString().ToLowerInvariant(),
                ["count"] = e.Count,
                ["aliases"] = Json.Strings(e.Aliases),
            })),
            ["standfirst"] = article.Standfirst,
            ["byline"] = article.Byline,
            ["dateline"] = article.Dateline,
            ["source_name"] = article.SourceName,
            ["url"] = article.CanonicalUrl,
            ["captured"] = article.Captured?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["captions"] = Json.Strings(article.Captions),
            ["blocks"] = Json.Array(article.Body.Select(b => new JsonObject { ["kind"] = b.Kind.ToString().ToLowerInvariant(), ["line"] = b.Line, ["text"] = b.Text })),
            ["dropped"] = Json.Array(result.Dropped.Select(d => new JsonObject { ["line"] = d.Line, ["reason"] = d.Reason, ["text"] = d.Text })),
            ["diagnostics"] = Json.Strings(result.Diagnostics.Select(d => d.ToString())),
        };
    }

    private static string AsText(JsonObject record)
    {
        var builder = new System.Text.StringBuilder();
        builder.Append("# ").AppendLine((string?)record["title"]);
        foreach (var key in new[] { "source", "published", "byline", "source_name", "url", "dateline", "standfirst" })
        {
            if (record[key]?.GetValue<string>() is { Length: > 0 } value)
            {
                builder.Append(key).Append(": ").AppendLine(value);
            }
        }

        builder.Append("tags: ").AppendLine(string.Join(", ", record["tags"]!.AsArray().Select(tag => (string?)tag)));
        builder.AppendLine().AppendLine((string?)record["body"]).AppendLine();
        return builder.ToString();
    }
}
