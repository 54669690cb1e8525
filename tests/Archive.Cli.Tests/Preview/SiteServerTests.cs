using System.Net;
using System.Net.Sockets;
using System.Text;
using Archive.Cli.Preview;

namespace Archive.Cli.Tests.Preview;

public sealed class SiteServerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "archive-serve-" + Guid.NewGuid().ToString("N"));

    public SiteServerTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "site", "a"));
        File.WriteAllText(Path.Combine(_root, "site", "index.html"), "<html><body><p>home</p></body></html>");
        File.WriteAllText(Path.Combine(_root, "site", "a", "index.html"), "<html><body><p>page a</p></body></html>");
        File.WriteAllText(Path.Combine(_root, "site", "404.html"), "<html><body><p>not here</p></body></html>");
        File.WriteAllText(Path.Combine(_root, "site", "feed.xml"), "<feed/>");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "secret");
        File.CreateSymbolicLink(Path.Combine(_root, "site", "leak.txt"), Path.Combine(_root, "secret.txt"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Serve_gives_pages_folders_and_the_sites_own_404_without_any_script()
    {
        await using var server = await SiteServer.StartAsync(Path.Combine(_root, "site"), "127.0.0.1", 0, null, CancellationToken.None);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Url };

        var home = await client.GetAsync("/");
        var page = await client.GetAsync("/a/");
        var redirect = await client.GetAsync("/a");
        var missing = await client.GetAsync("/nowhere/");
        var feed = await client.GetAsync("/feed.xml");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("<html><body><p>page a</p></body></html>", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/a/", redirect.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("not here", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.EndsWith("/xml", feed.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.DoesNotContain("livereload", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_served_are_remembered_most_recent_last_and_not_the_missing_ones_or_other_files()
    {
        var viewed = new ViewedPages();
        await using var server = await SiteServer.StartAsync(Path.Combine(_root, "site"), "127.0.0.1", 0, new LiveReloadHub(), CancellationToken.None, viewed);
        using var client = new HttpClient { BaseAddress = server.Url };

        await client.GetAsync("/a/");
        await client.GetAsync("/");
        await client.GetAsync("/nowhere/");
        await client.GetAsync("/feed.xml");

        Assert.Equal(["a/index.html", "index.html"], viewed.Snapshot().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_the_last_few_pages_are_remembered()
    {
        var viewed = new ViewedPages();
        for (var i = 0; i < 20; i++)
        {
            viewed.Saw($"p{i}/index.html");
        }

        viewed.Saw("p5/index.html");
        var kept = viewed.Snapshot();

        Assert.Equal(8, kept.Count);
        Assert.Contains("p19/index.html", kept);
        Assert.Contains("p5/index.html", kept);
        Assert.DoesNotContain("p12/index.html", kept);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/a/%2E%2E/%2E%2E/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/leak.txt")]
    public async Task Nothing_outside_the_output_folder_is_served(string path)
    {
        await using var server = await SiteServer.StartAsync(Path.Combine(_root, "site"), "127.0.0.1", 0, null, CancellationToken.None);

        // A raw request line, so that no client normalises the dots away first.
        var response = await RawGetAsync(server.Url, path);

        Assert.DoesNotContain("secret", response, StringComparison.Ordinal);
        Assert.Matches(@"^HTTP/1\.1 (400|404)", response);
    }

    [Theory]
    [InlineData("//a", "/a/")]
    [InlineData("///a", "/a/")]
    [InlineData("//a?x=1", "/a/?x=1")]
    [InlineData("/a//", null)]
    [InlineData("/\\a", null)]
    [InlineData("/\\evil.com", null)]
    [InlineData("/%2F%2Fa", null)]
    [InlineData("/%2f%2fevil.com", null)]
    [InlineData("/%5C%5Ca", null)]
    [InlineData("/%5c/evil.com", null)]
    public async Task Every_redirect_stays_on_the_same_origin(string path, string? location)
    {
        await using var server = await SiteServer.StartAsync(Path.Combine(_root, "site"), "127.0.0.1", 0, null, CancellationToken.None);

        var response = await RawGetAsync(server.Url, path);

        var header = response.Split("\r\n").FirstOrDefault(line => line.StartsWith("Location:", StringComparison.OrdinalIgnoreCase))?["Location:".Length..].Trim();
        Assert.Equal(location, header);
        if (location is null)
        {
            Assert.Matches(@"^HTTP/1\.1 (200|400|404)", response);
        }
    }

    [Fact]
    public async Task Preview_injects_the_reload_script_into_served_html_only()
    {
        await using var server = await SiteServer.StartAsync(Path.Combine(_root, "site"), "127.0.0.1", 0, new LiveReloadHub(), CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.Url };

        var html = await client.GetStringAsync("/a/");
        var feed = await client.GetStringAsync("/feed.xml");

        Assert.Contains("/livereload", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("data-archive-preview", StringComparison.Ordinal) < html.IndexOf("</body>", StringComparison.Ordinal));
        Assert.Equal("<feed/>", feed);
        Assert.Equal("<html><body><p>page a</p></body></html>", File.ReadAllText(Path.Combine(_root, "site", "a", "index.html")));
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        await using var server = await SiteServer.StartAsync(Path.Combine(_root, "site"), "127.0.0.1", 0, null, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.Url };

        var post = await client.PostAsync("/", new StringContent("x"));
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    private static async Task<string> RawGetAsync(Uri server, string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
