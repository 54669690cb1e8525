using System.Net;
using System.Net.Sockets;

namespace Archive.Deploy.Tests.Support;

/// <summary>
/// A static server on 127.0.0.1 for the built site that sends, for each path, the headers Netlify's own
/// matcher gave for it (<see cref="NetlifyRules"/>), and answers a missing path with 404.html and status 404,
/// as Netlify does. Extra pages (for the checker's own test) can be served under the same headers.
/// </summary>
internal sealed class RulesServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly DeploySite _site;
    private readonly NetlifyRules _rules;
    private readonly IReadOnlyDictionary<string, string> _extraPages;
    private readonly Task _loop;

    public RulesServer(DeploySite site, NetlifyRules rules, IReadOnlyDictionary<string, string>? extraPages = null)
    {
        _site = site;
        _rules = rules;
        _extraPages = extraPages ?? new Dictionary<string, string>();
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseUrl { get; }

    /// <summary>Paths that had no headers from Netlify's matcher (a request the rules were not asked about).</summary>
    public List<string> Unknown { get; } = [];

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                await ServeAsync(context);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException)
            {
                // the browser went away
            }
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var response = context.Response;
        byte[] body;
        string? file = null;
        if (_extraPages.TryGetValue(path, out var extra))
        {
            body = System.Text.Encoding.UTF8.GetBytes(extra);
        }
        else if ((file = _site.FileFor(path)) is not null)
        {
            body = await File.ReadAllBytesAsync(file);
        }
        else
        {
            response.StatusCode = 404;
            file = Path.Combine(_site.Output, "404.html");
            body = await File.ReadAllBytesAsync(file);
        }

        var result = _rules.Paths.FirstOrDefault(p => p.Path == path) ?? (_extraPages.ContainsKey(path) ? _rules.For("/") : null);
        if (result is null)
        {
            lock (Unknown)
            {
                Unknown.Add(path);
            }
        }
        else
        {
            foreach (var (name, value) in result.Headers)
            {
                response.Headers[name] = value;
            }
        }

        response.ContentType = MediaTypes.Of(file ?? ".html");
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
        response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
