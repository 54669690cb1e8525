using Archive.Cli.Tests.Support;

namespace Archive.Cli.Tests.Commands;

public sealed class TerminalOutputTests
{
    private const string Escape = "\u001b";

    [Fact]
    public async Task A_capture_named_with_an_escape_sequence_is_printed_with_the_sequence_made_visible()
    {
        using var site = new TestSite();
        var name = $"red{Escape}[31mname{Escape}]0;title\u0007\u009b2J.txt";
        File.WriteAllText(Path.Combine(site.Input, name), "");

        var result = await CliProcess.RunAsync(site.Root, "build", "--report");

        Assert.DoesNotContain(Escape, result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u009b", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Contains(@"red\x1B[31mname\x1B]0;title\x07\x9B2J.txt", result.Error, StringComparison.Ordinal);
        Assert.Contains(@"red\x1B[31mname\x1B]0;title\x07\x9B2J.txt", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_argument_with_an_escape_sequence_is_echoed_in_a_parse_error_made_visible()
    {
        using var site = new TestSite();

        var result = await CliProcess.RunAsync(site.Root, "build", $"stray{Escape}[2J");

        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain(Escape, result.Output + result.Error, StringComparison.Ordinal);
        Assert.Contains(@"stray\x1B[2J", result.Error, StringComparison.Ordinal);
    }
}
