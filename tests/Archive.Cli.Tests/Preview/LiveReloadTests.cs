using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Archive.Cli.Preview;
using Archive.Core.Diagnostics;

namespace Archive.Cli.Tests.Preview;

public sealed class LiveReloadTests
{
    [Fact]
    public async Task The_socket_speaks_the_LiveReload_handshake_then_sends_reload_and_build_errors()
    {
        var root = Directory.CreateTempSubdirectory("archive-livereload-").FullName;
        try
        {
            var hub = new LiveReloadHub();
            await using var server = await SiteServer.StartAsync(root, "127.0.0.1", 0, hub, CancellationToken.None);
            using var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri($"ws://{server.Url.Authority}/livereload"), CancellationToken.None);
            await SendAsync(socket, """{"command":"hello","protocols":["http://livereload.com/protocols/official-7"]}""");

            var hello = await ReceiveAsync(socket);
            while (hub.Connections == 0)
            {
                await Task.Delay(10);
            }

            await hub.ReloadAsync("/");
            var reload = await ReceiveAsync(socket);
            await hub.ErrorAsync("Build failed", [Diagnostic.Error("ARC041", "Unexpected end", "theme/layouts/article.sbn", 12, 3)]);
            var error = await ReceiveAsync(socket);

            Assert.Equal("hello", hello.GetProperty("command").GetString());
            Assert.Equal(LiveReloadHub.Protocol, hello.GetProperty("protocols")[0].GetString());
            Assert.Equal("reload", reload.GetProperty("command").GetString());
            Assert.Equal("/", reload.GetProperty("path").GetString());
            Assert.Equal("build-error", error.GetProperty("command").GetString());
            var first = error.GetProperty("errors")[0];
            Assert.Equal("theme/layouts/article.sbn", first.GetProperty("file").GetString());
            Assert.Equal(12, first.GetProperty("line").GetInt32());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://127.0.0.1:{port}")]
    [InlineData("http://localhost:{port}")]
    [InlineData("http://LOCALHOST:{port}")]
    public async Task The_socket_accepts_pages_of_its_own_origin_and_clients_that_send_none(string? origin)
    {
        var root = Directory.CreateTempSubdirectory("archive-livereload-").FullName;
        try
        {
            await using var server = await SiteServer.StartAsync(root, "127.0.0.1", 0, new LiveReloadHub(), CancellationToken.None);

            var status = await HandshakeAsync(server.Url, origin?.Replace("{port}", server.Url.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

            Assert.Equal(HttpStatusCode.SwitchingProtocols, status);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("http://evil.example:{port}")]
    [InlineData("https://127.0.0.1:{port}")]
    [InlineData("http://127.0.0.1:{other}")]
    [InlineData("http://127.0.0.2:{port}")]
    [InlineData("http://[::1]:{port}")]
    [InlineData("http://localhost.evil.example:{port}")]
    [InlineData("http://127.0.0.1:{port}/path")]
    [InlineData("null")]
    [InlineData("file://")]
    public async Task The_socket_refuses_pages_of_any_other_origin_with_403(string origin)
    {
        var root = Directory.CreateTempSubdirectory("archive-livereload-").FullName;
        try
        {
            await using var server = await SiteServer.StartAsync(root, "127.0.0.1", 0, new LiveReloadHub(), CancellationToken.None);
            var port = server.Url.Port;

            var status = await HandshakeAsync(server.Url, origin
                .Replace("{port}", port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{other}", (port == 65535 ? port - 1 : port + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

            Assert.Equal(HttpStatusCode.Forbidden, status);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Opens the live-reload socket as a page of <paramref name="origin"/> would (none: as a non-browser client) and returns the handshake's status.</summary>
    private static async Task<HttpStatusCode> HandshakeAsync(Uri server, string? origin)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        try
        {
            await socket.ConnectAsync(new Uri($"ws://{server.Authority}/livereload"), timeout.Token);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }
        catch (WebSocketException)
        {
            // Refused: the status says how.
        }

        return socket.HttpStatusCode;
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[65536];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return JsonDocument.Parse(buffer.AsMemory(0, result.Count)).RootElement.Clone();
    }
}
