using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Archive.Cli.Tests.Support;

namespace Archive.Cli.Tests.Commands;

public sealed class BusyPortTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("archive-busy-port-").FullName;
    private readonly TcpListener _busy = new(IPAddress.Loopback, 0);

    public BusyPortTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "output"));
        Directory.CreateDirectory(Path.Combine(_root, "input"));
        _busy.Start();
    }

    private string Port => ((IPEndPoint)_busy.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _busy.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_says_so_in_one_line_and_exits_2()
    {
        var result = await CliProcess.RunAsync(_root, "serve", "--output", "output", "--host", "127.0.0.1", "--port", Port);

        Assert.Equal($"error ARC003: port {Port} is in use; choose another with --port.", result.Error.TrimEnd());
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Preview_on_a_port_in_use_says_so_in_one_line_and_exits_2()
    {
        // No theme and no site file: the first build fails at once, and the preview goes on to listen.
        var result = await CliProcess.RunAsync(_root, "preview", "--input", "input", "--output", "output", "--theme", "theme", "--site", "site.yml", "--host", "127.0.0.1", "--port", Port);

        Assert.Equal($"error ARC003: port {Port} is in use; choose another with --port.", result.Error.TrimEnd());
        Assert.Equal(2, result.ExitCode);
    }
}
