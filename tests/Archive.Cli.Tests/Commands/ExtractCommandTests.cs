using System.CommandLine;
using System.Net;
using System.Text.Json.Nodes;
using Archive.Cli.Commands;
using Archive.Cli.Tests.Support;
using Archive.Core.Building;
using Archive.Core.Engine;

namespace Archive.Cli.Tests.Commands;

public sealed class ExtractCommandTests
{
    private const string Capture = """
        Home
        News
        Sport

        Harwick pool to close after council vote

        By Jane Doe, Harwick Courier

        Councillors in Harwick voted on Tuesday to close the town's last public swimming pool, ending a long campaign by residents to keep it open.

        The decision was taken after engineers reported that the roof of the building could no longer be repaired at a cost the council could afford.

        Readers of the Harwick Courier can send their memories of the pool to the newsroom by the end of the month.

        Local parents said they were disappointed and would continue to raise money for a new pool in the town centre.

        Contact us
        """;

    private const string RuledLine = "Readers of the Harwick Courier can send their memories of the pool to the newsroom by the end of the month.";

    private const string SiteYml = """
        base_url: https://example.org/
        sources:
          - match: Harwick Courier
            name: The Harwick Courier
            drop_lines:
              - '^Readers of the Harwick Courier'
        """;

    [Fact]
    public async Task Extract_and_build_agree_on_a_capture_under_a_site_yml_source_rule()
    {
        // Arrange
        using var folder = new TempFolder();
        var capture = folder.Write("input/pool.txt", Capture);
        var site = folder.Write("site.yml", SiteYml);

        // Act
        var (exitCode, extracted) = Extract(capture, "--site", site);
        var (_, unruled) = Extract(capture, "--site", folder.Combine("no-such-site.yml"));
        var outcome = await new SiteBuilder(new BuildPaths(folder.Combine("input"), folder.Combine("output"), TestSite.RepositoryPath("theme"), site)).BuildAsync();
        var entry = Assert.Single(outcome.Report);
        var page = WebUtility.HtmlDecode(File.ReadAllText(folder.Combine("output", entry.Permalink!.Trim('/'), "index.html")));

        // Assert
        Assert.Equal(0, exitCode);
        Assert.Contains(RuledLine, (string?)unruled["body"], StringComparison.Ordinal);
        Assert.DoesNotContain(RuledLine, (string?)extracted["body"], StringComparison.Ordinal);
        Assert.Contains(extracted["dropped"]!.AsArray(), d => (string?)d!["reason"] == "source rule");
        Assert.Equal("The Harwick Courier", (string?)extracted["source_name"]);
        Assert.Equal((string?)extracted["title"], entry.Title);
        Assert.Equal(extracted["blocks"]!.AsArray().Count, entry.Blocks);
        Assert.Equal(extracted["dropped"]!.AsArray().Count, entry.Dropped);
        Assert.All(extracted["blocks"]!.AsArray(), block => Assert.Contains((string)block!["text"]!, page, StringComparison.Ordinal));
        Assert.DoesNotContain(RuledLine, page, StringComparison.Ordinal);
        Assert.Contains("The Harwick Courier", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_stops_with_exit_code_2_on_a_site_yml_error_as_build_does()
    {
        using var folder = new TempFolder();
        var capture = folder.Write("input/pool.txt", Capture);
        var site = folder.Write("site.yml", "sources:\n  - match: x\n    drop_lines: ['(unclosed']\n");
        var error = new StringWriter();

        var exitCode = CommandLineApp.Create().Parse(["extract", "--format", "jsonl", "--site", site, capture])
            .Invoke(new InvocationConfiguration { Output = new StringWriter(), Error = error });

        Assert.Equal(2, exitCode);
        Assert.Contains("error ARC014", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_dates_shows_a_text_dumps_days_and_the_one_chosen()
    {
        using var folder = new TempFolder();
        var capture = folder.Write("input/pool.txt", Capture.Replace("By Jane Doe, Harwick Courier", "By Jane Doe, Harwick Courier\n\nPublished 4 November 2019", StringComparison.Ordinal));

        var (exitCode, record) = Extract(capture, "--explain-dates");
        var explanation = (string?)record["date_explanation"] ?? "";

        Assert.Equal(0, exitCode);
        Assert.Equal("2019-11-04", (string?)record["published"]);
        Assert.StartsWith("chosen: 2019-11-04 exact", explanation, StringComparison.Ordinal);
        Assert.Contains("mention: 2019-11-04 line ", explanation, StringComparison.Ordinal);
        Assert.Contains("day: 2019-11-04 hand ", explanation, StringComparison.Ordinal);
    }

    private static (int ExitCode, JsonObject Record) Extract(string capture, params string[] options)
    {
        var output = new StringWriter();
        var exitCode = CommandLineApp.Create().Parse(["extract", "--format", "jsonl", .. options, capture])
            .Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (exitCode, JsonNode.Parse(output.ToString().Trim())!.AsObject());
    }
}
