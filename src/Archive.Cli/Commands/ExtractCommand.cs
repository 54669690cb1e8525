using System.CommandLine;
using System.Text.Json;
using Archive.Core.Normalization;

namespace Archive.Cli.Commands;

/// <summary><c>extract [--format text|json|jsonl] PATH...</c>: prints the normalised article of each capture.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Capture files to normalise.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format: text, json or jsonl.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var command = new Command("extract", "Print the normalised article of each capture.") { paths, format };
        command.SetAction(parseResult =>
        {
            var writer = Console.Out;
            foreach (var path in parseResult.GetValue(paths)!)
            {
                var input = CaptureInput.FromBytes(path, File.ReadAllBytes(path));
                var reader = CaptureReaders.For(CaptureReaders.FormatOf(path) ?? Archive.Core.Model.CaptureFormat.Text);
                var article = reader.Read(input, SourceRules.None).Article;
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    source = path,
                    title = article.Title,
                    published = article.Published?.ToString("yyyy-MM-dd"),
                    body = article.BodyText,
                }));
            }

            return 0;
        });
        return command;
    }
}
