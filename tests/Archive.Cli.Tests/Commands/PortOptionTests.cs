using System.CommandLine;
using Archive.Cli.Commands;

namespace Archive.Cli.Tests.Commands;

public sealed class PortOptionTests
{
    [Theory]
    [InlineData("preview", "70000")]
    [InlineData("serve", "-1")]
    public void A_port_no_socket_can_have_is_refused_on_the_command_line(string command, string port)
    {
        var parse = CommandLineApp.Create().Parse([command, "--port", port]);

        Assert.Contains(parse.Errors, e => e.Message.Contains("--port must be between 0 and 65535", StringComparison.Ordinal));
    }

    [Fact]
    public void Port_zero_and_the_default_are_accepted()
    {
        Assert.Empty(CommandLineApp.Create().Parse(["serve", "--port", "0"]).Errors);
        Assert.Empty(CommandLineApp.Create().Parse(["preview"]).Errors);
    }
}
