using System.CommandLine;
using System.Text.Json.Nodes;
using Archive.Cli.Commands;
using Archive.Testing;

namespace Archive.Cli.Tests.Commands;

public sealed class TrainHtmlCommandTests
{
    [Fact]
    public void Train_html_fits_values_that_extract_reads_and_writes_the_same_file_twice()
    {
        // Arrange
        using var folder = new TempFolder();
        var list = new List<string>();
        for (var n = 0; n < 3; n++)
        {
            folder.Write($"pages/{n}/page.html", DecoyPages.Html(n));
            folder.Write($"pages/{n}/truth.txt", string.Join("\n\n", DecoyPages.Article(n)));
            list.Add(folder.Combine("pages", n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        folder.Write("pages/no-truth/page.html", DecoyPages.Html(9));
        list.Add(folder.Combine("pages", "no-truth"));
        var pages = folder.Write("train.pages", string.Join("\n", list) + "\n");
        var site = folder.Combine("no-site.yml");

        // Act
        var (exitCode, log) = Run("train-html", "--pages", pages, "--out", folder.Combine("a.scoring"), "--seed", "3", "--parallelism", "1");
        var (exitAgain, _) = Run("train-html", "--pages", pages, "--out", folder.Combine("b.scoring"), "--seed", "3", "--parallelism", "2");
        var page = folder.Combine("pages", "0", "page.html");
        var (_, builtIn) = Run("extract", "--format", "jsonl", "--site", site, page);
        var (_, fitted) = Run("extract", "--format", "jsonl", "--site", site, "--html-scoring", folder.Combine("a.scoring"), page);

        // Assert
        Assert.Equal(0, exitCode);
        Assert.Equal(0, exitAgain);
        Assert.Contains("3 of 4 pages read", log, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(folder.Combine("a.scoring")), File.ReadAllText(folder.Combine("b.scoring")));
        Assert.Contains("# made by: archive train-html --pages train.pages --seed 3", File.ReadAllText(folder.Combine("a.scoring")), StringComparison.Ordinal);
        Assert.DoesNotContain(DecoyPages.Article(0)[0], Body(builtIn), StringComparison.Ordinal);
        Assert.Equal(string.Join("\n\n", DecoyPages.Article(0)), Body(fitted));
    }

    private static string Body(string jsonl) => (string?)JsonNode.Parse(jsonl.Trim())!["body"] ?? "";

    private static (int ExitCode, string Text) Run(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CommandLineApp.Create().Parse(arguments).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, arguments[0] == "extract" ? output.ToString() : error.ToString());
    }
}
