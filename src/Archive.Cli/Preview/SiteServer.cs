using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Cli.Preview;

/// <summary>
/// Serves a built site from its output folder on Kestrel: GET and HEAD only, folders as their
/// <c>index.html</c>, the site's own <c>404.html</c> for anything missing, nothing outside the folder
/// (no <c>..</c>, no symbolic link that leads out). With a <see cref="LiveReloadHub"/> (preview) it also
/// answers the LiveReload socket, to pages of its own origin only, and injects the reload script into the HTML it
/// serves. Its one redirect (a folder to its trailing slash) stays on the same origin: <c>//tags</c> goes to
/// <c>/tags/</c>, never to the host <c>tags</c>.
/// </summary>
internal sealed class SiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;
    private readonly string _root;
    private readonly string _host;
    private readonly LiveReloadHub? _hub;
    private readonly ViewedPages? _viewed;

    private SiteServer(WebApplication app, string root, string host, LiveReloadHub? hub, ViewedPages? viewed)
    {
        _app = app;
        _root = root;
        _host = host;
        _hub = hub;
        _viewed = viewed;
    }

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <exception cref="PortInUseException">Another process listens on <paramref name="port"/>.</exception>
    public static async Task<SiteServer> StartAsync(string root, string host, int port, LiveReloadHub? hub, CancellationToken cancellationToken, ViewedPages? viewed = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            if (IPAddress.TryParse(host, out var address))
            {
                options.Listen(address, port);
            }
            else if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                options.ListenLocalhost(port);
            }
            else
            {
                options.Listen(Dns.GetHostAddresses(host).First(), port);
            }
        });
        var app = builder.Build();
        var server = new SiteServer(app, Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar), host, hub, viewed);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.Run(server.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex) when (AddressInUse(ex))
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new PortInUseException(port, ex);
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal).TrimEnd('/') + "/");
        return server;
    }

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (_hub is not null && request.Path == "/livereload")
        {
            if (!SameOrigin(context))
            {
                // Another site's page (or a file:// page, or a DNS-rebound name) may not read the build errors.
                response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            if (!context.WebSockets.IsWebSocketRequest)
            {
                response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            await _hub.AcceptAsync(socket, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var resolved = Resolve(request.Path.Value ?? "/");
        if (resolved.Redirect is { } folder)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = new PathString(folder).ToUriComponent() + request.QueryString;
            return;
        }

        var status = StatusCodes.Status200OK;
        var file = resolved.File;
        if (file is null)
        {
            status = StatusCodes.Status404NotFound;
            file = Resolve("/404.html").File;
            if (file is null)
            {
                response.StatusCode = status;
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync("Not found.", context.RequestAborted).ConfigureAwait(false);
                return;
            }
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            // Swapped away by a rebuild between the check and the read.
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var contentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (contentType == "text/html")
        {
            contentType = "text/html; charset=utf-8";
            if (status == StatusCodes.Status200OK)
            {
                _viewed?.Saw(Path.GetRelativePath(_root, file).Replace('\\', '/'));
            }

            if (_hub is not null)
            {
                bytes = ReloadScript.Inject(bytes, _hub.Build);
            }
        }

        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The file a URL path names inside the root, or none; a folder named without its trailing slash gives instead the
    /// path to redirect to: the folder's segments joined by single slashes, so always a path on this origin (a
    /// <c>Location</c> of <c>//tags/</c> would send the browser to the host <c>tags</c>).
    /// </summary>
    internal (string? File, string? Redirect) Resolve(string urlPath)
    {
        if (urlPath.Contains('\0', StringComparison.Ordinal) || urlPath.Contains('\\', StringComparison.Ordinal))
        {
            return (null, null);
        }

        var segments = urlPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.StartsWith(".staging", StringComparison.Ordinal)))
        {
            return (null, null);
        }

        var full = Path.GetFullPath(Path.Combine([_root, .. segments]));
        if (!Inside(full))
        {
            return (null, null);
        }

        if (Directory.Exists(full))
        {
            if (!urlPath.EndsWith('/'))
            {
                return (null, "/" + string.Join('/', segments) + "/");
            }

            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) && NoLinkLeadsOut(full) ? (full, null) : (null, null);
    }

    /// <summary>
    /// True when a request comes from a page of this server or from no page at all (no <c>Origin</c>: not a
    /// browser): its origin is <c>http://HOST:PORT</c> with the port the connection arrived on and as HOST the
    /// address it arrived on, <c>localhost</c> when that address is a loopback one, or the host name the server
    /// was started with. Refused: other sites, <c>null</c> (file:// and sandboxed pages), and any other name for
    /// this address, since a name an attacker controls can be pointed at 127.0.0.1 (DNS rebinding).
    /// </summary>
    private bool SameOrigin(HttpContext context)
    {
        var origins = context.Request.Headers.Origin;
        if (origins.Count == 0)
        {
            return true;
        }

        if (origins.Count > 1
            || !Uri.TryCreate(origins[0], UriKind.Absolute, out var origin)
            || origin.Scheme != Uri.UriSchemeHttp
            || origin.UserInfo.Length > 0
            || origin.PathAndQuery != "/"
            || origin.Port != context.Connection.LocalPort
            || context.Connection.LocalIpAddress is not { } local)
        {
            return false;
        }

        local = local.IsIPv4MappedToIPv6 ? local.MapToIPv4() : local;
        if (IPAddress.TryParse(origin.Host.Trim('[', ']'), out var address))
        {
            return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).Equals(local);
        }

        return (string.Equals(origin.Host, "localhost", StringComparison.OrdinalIgnoreCase) && IPAddress.IsLoopback(local))
            || string.Equals(origin.Host, _host, StringComparison.OrdinalIgnoreCase);
    }

    private static bool AddressInUse(Exception? exception) => exception switch
    {
        null => false,
        AddressInUseException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(AddressInUse),
        _ => AddressInUse(exception.InnerException),
    };

    private bool Inside(string full) =>
        full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || full == _root;

    /// <summary>True when no folder or file on the way from the root is a symbolic link that resolves outside it.</summary>
    private bool NoLinkLeadsOut(string full)
    {
        var path = _root;
        foreach (var segment in Path.GetRelativePath(_root, full).Split(Path.DirectorySeparatorChar))
        {
            path = Path.Combine(path, segment);
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !Inside(Path.GetFullPath(target.FullName)))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
