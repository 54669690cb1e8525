using Archive.Core.Building;
using Archive.Core.Engine;

namespace Archive.Deploy.Tests.Support;

/// <summary>
/// The repository's own site (input/, theme/, site.yml) built once into a temp folder, as the Netlify build
/// would publish it, and what Netlify's code makes of netlify.toml over every path of it (evaluated on first
/// use, so that a missing netlify-cli skips or fails only the checks that need it).
/// </summary>
public sealed class DeploySite : IAsyncLifetime
{
    /// <summary>A path nothing is published at, to see what a visitor gets for a missing page.</summary>
    public const string MissingPath = "/no-such-page/";

    /// <summary>
    /// A missing path below a folder of the site: answered with 404.html under that folder's CSP. (A missing top-level
    /// path gets no CSP: see netlify.toml, which can give the search page its own CSP only by naming every other
    /// top-level place.)
    /// </summary>
    public const string MissingPathBelowAFolder = "/tags/no-such-tag/";

    /// <summary>Missing paths a browser asks for by itself (the site has no favicon).</summary>
    public static readonly IReadOnlyList<string> BrowserProbes = ["/favicon.ico"];

    private readonly Lazy<Task<NetlifyRules>> _rules;

    public DeploySite() => _rules = new(EvaluateRulesAsync);

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "archive-deploy-" + Guid.NewGuid().ToString("N"));

    public BuildOutcome Outcome { get; private set; } = null!;

    /// <summary>Every published file, relative to the output folder with forward slashes (Netlify's _redirects and _headers are rules, not files).</summary>
    public IReadOnlyList<string> Files { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var paths = new BuildPaths(Repository.PathOf("input"), Output, Repository.PathOf("theme"), Repository.PathOf("site.yml"));
        // With its search index, made by the Pagefind that .ci/run installs (without it the site has no pagefind/ folder).
        Outcome = await ArchiveSite.CreateDefault().UseSearchTools(Repository.PathOf("tools", "search")).Builder(paths).BuildAsync();
        Files = Directory.Exists(Output)
            ? Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Output, path).Replace('\\', '/'))
                .Where(path => path is not ("_redirects" or "_headers"))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>The URL path a file is linked as: "tags/x/index.html" is "/tags/x/", "feed.xml" is "/feed.xml".</summary>
    public static string UrlPathOf(string file) =>
        "/" + (file == "index.html" || file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);

    /// <summary>Every URL path a visitor can request a published file by: its linked form and, for pages, the file's own path.</summary>
    public IReadOnlyList<string> ServedPaths() =>
        Files.SelectMany(file => UrlPathOf(file) == "/" + file ? ["/" + file] : new[] { UrlPathOf(file), "/" + file }).ToList();

    /// <summary>The published file a URL path is served from (Netlify's pretty URLs: "/a/" and "/a" serve a/index.html), or null.</summary>
    public string? FileFor(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        if (relative.Split('/').Any(segment => segment is ".." or "."))
        {
            return null;
        }

        var full = Path.Combine(Output, relative);
        if ((relative.Length == 0 || relative.EndsWith('/')) && File.Exists(Path.Combine(full, "index.html")))
        {
            return Path.Combine(full, "index.html");
        }

        if (relative.Length > 0 && !relative.EndsWith('/') && File.Exists(full) && Path.GetFileName(full) is not ("_redirects" or "_headers"))
        {
            return full;
        }

        return relative.Length > 0 && !relative.EndsWith('/') && File.Exists(Path.Combine(full, "index.html")) ? Path.Combine(full, "index.html") : null;
    }

    public string ReadRedirectsFile() => File.ReadAllText(Path.Combine(Output, "_redirects"));

    /// <summary>Netlify's view of netlify.toml and this site: every served path, every redirect source with and without its trailing slash, and <see cref="MissingPath"/>.</summary>
    public Task<NetlifyRules> RulesAsync()
    {
        DeployTools.RequireNetlify();
        return _rules.Value;
    }

    private Task<NetlifyRules> EvaluateRulesAsync()
    {
        var redirectSources = File.ReadAllLines(Path.Combine(Output, "_redirects"))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length >= 2 && !parts[0].StartsWith('#'))
            .SelectMany(parts => new[] { parts[0], parts[0].TrimEnd('/'), parts[0].TrimEnd('/') + "/" })
            .Where(path => path.Length > 0);
        var asked = ServedPaths().Concat(redirectSources).Append(MissingPath).Append(MissingPathBelowAFolder).Concat(BrowserProbes).Distinct(StringComparer.Ordinal);
        return NetlifyRules.EvaluateAsync(Repository.Root, Output, asked);
    }
}

[CollectionDefinition(Name)]
public sealed class DeploySiteCollection : ICollectionFixture<DeploySite>
{
    public const string Name = "deploy site";
}
