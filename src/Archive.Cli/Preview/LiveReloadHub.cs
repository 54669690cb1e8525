using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Core.Diagnostics;
using Archive.Core.Text;

namespace Archive.Cli.Preview;

/// <summary>
/// The LiveReload protocol (official-7) over WebSockets at <c>/livereload</c>: the page says <c>hello</c>,
/// the server answers <c>hello</c>, then sends <c>reload</c> after each rebuild that changed the site. One
/// extension: <c>build-error</c> carries the last failed build's errors (file, line, column, message) for
/// the overlay; the build number in each <c>hello</c> lets a page that missed a reload catch up.
/// </summary>
internal sealed class LiveReloadHub
{
    public const string Protocol = "http://livereload.com/protocols/official-7";

    private readonly ConcurrentDictionary<WebSocket, SemaphoreSlim> _sockets = new();
    private volatile ErrorReport? _error;

    /// <summary>Counts the builds that changed the site; pages are served with the number they were built at.</summary>
    public int Build { get; private set; }

    public int Connections => _sockets.Count;

    public async Task AcceptAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var gate = new SemaphoreSlim(1, 1);
        var buffer = new byte[4096];
        try
        {
            while (socket.State == WebSocketState.Open && !cancellationToken.IsCancellationRequested)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && message.Length < 65536);

                if (Command(message.ToArray()) == "hello" && _sockets.TryAdd(socket, gate))
                {
                    await SendAsync(socket, gate, new JsonObject
                    {
                        ["command"] = "hello",
                        ["protocols"] = new JsonArray(Protocol),
                        ["serverName"] = "archive preview",
                        ["build"] = Build,
                    }).ConfigureAwait(false);
                    if (_error is { } error)
                    {
                        await SendAsync(socket, gate, error.Message).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The page went away or the server is stopping.
        }
        finally
        {
            _sockets.TryRemove(socket, out _);
        }
    }

    /// <summary>After a build that changed the site: every open page reloads.</summary>
    public Task ReloadAsync(string path)
    {
        Build++;
        _error = null;
        return BroadcastAsync(new JsonObject { ["command"] = "reload", ["path"] = path, ["liveCSS"] = false, ["build"] = Build });
    }

    /// <summary>After a failed build: every open page (and every page opened later) shows the errors.</summary>
    public Task ErrorAsync(string title, IReadOnlyList<Diagnostic> errors)
    {
        var report = new ErrorReport(new JsonObject
        {
            ["command"] = "build-error",
            ["title"] = title,
            ["errors"] = Json.Array(errors.Select(d => new JsonObject
            {
                ["file"] = d.File,
                ["line"] = d.Line,
                ["column"] = d.Column,
                ["code"] = d.Code,
                ["message"] = d.Message,
                ["text"] = d.ToString(),
            })),
        });
        _error = report;
        return BroadcastAsync(report.Message);
    }

    private async Task BroadcastAsync(JsonObject message)
    {
        await Task.WhenAll(_sockets.Select(kv => SendAsync(kv.Key, kv.Value, message))).ConfigureAwait(false);
    }

    private static async Task SendAsync(WebSocket socket, SemaphoreSlim gate, JsonObject message)
    {
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            // A page that closed between the check and the send.
        }
        finally
        {
            gate.Release();
        }
    }

    private static string? Command(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("command", out var command) ? command.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record ErrorReport(JsonObject Message);
}
