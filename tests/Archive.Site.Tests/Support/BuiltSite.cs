using System.Diagnostics;
using Archive.Core.Building;
using Archive.Core.Engine;

namespace Archive.Site.Tests.Support;

/// <summary>A site built into a temp folder, with helpers to find its pages and map its URLs to files.</summary>
internal sealed class BuiltSite
{
    private BuiltSite(string name, string output, Uri baseUrl, BuildOutcome outcome, TimeSpan elapsed)
    {
        Name = name;
        Output = output;
        BaseUrl = baseUrl;
        Outcome = outcome;
        BuildTime = elapsed;
    }

    public string Name { get; }

    public string Output { get; }

    /// <summary>The site's base_url: absolute links under it are internal links.</summary>
    public Uri BaseUrl { get; }

    public BuildOutcome Outcome { get; }

    public TimeSpan BuildTime { get; }

    public static async Task<BuiltSite> BuildAsync(string name, string input, string output, string? siteFile)
    {
        var stopwatch = Stopwatch.StartNew();
        var site = ArchiveSite.CreateDefault().UseSearchTools(SiteTools.PagefindTools);
        var outcome = await site.Builder(new BuildPaths(input, output, Repository.PathOf("theme"), siteFile)).BuildAsync();
        var settings = SiteBuilder.LoadSettings(siteFile, []);
        return new BuiltSite(name, output, new Uri(settings.NormalisedBaseUrl), outcome, stopwatch.Elapsed);
    }

    /// <summary>A folder that is already a site (for checking the checkers), with an empty build outcome.</summary>
    public static BuiltSite FromFolder(string name, string output, Uri baseUrl) =>
        new(name, output, baseUrl, new BuildOutcome(0, [], [], 0, 0, 0, TimeSpan.Zero), TimeSpan.Zero);

    /// <summary>Every HTML page, as paths relative to the output folder with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> HtmlPages() => Files("*.html");

    public IReadOnlyList<string> Files(string pattern) =>
        Directory.EnumerateFiles(Output, pattern, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Output, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public string FullPath(string relative) => Path.Combine(Output, relative);

    /// <summary>The URL path a page is served at ("tags/x/index.html" is "/tags/x/").</summary>
    public static string UrlPathOf(string relativeFile) =>
        "/" + (relativeFile.EndsWith("index.html", StringComparison.Ordinal) ? relativeFile[..^"index.html".Length] : relativeFile);

    /// <summary>
    /// The file a site URL path is served from: "/a/" is a/index.html, "/a" is the file a or, as static hosts
    /// do, the folder's a/index.html; null when nothing would be served.
    /// </summary>
    public string? FileFor(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        if (relative.Split('/').Any(segment => segment is ".." or "."))
        {
            return null;
        }

        var full = Path.Combine(Output, relative.Replace('/', Path.DirectorySeparatorChar));
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            full = Path.Combine(full, "index.html");
            return File.Exists(full) ? full : null;
        }

        if (File.Exists(full))
        {
            return full;
        }

        var index = Path.Combine(full, "index.html");
        return File.Exists(index) ? index : null;
    }

    /// <summary>The site-relative path of an absolute URL under <see cref="BaseUrl"/> ("/tags/x/"), or null for another site.</summary>
    public string? InternalPath(Uri absolute)
    {
        if (!absolute.IsAbsoluteUri || absolute.Scheme is not ("http" or "https")
            || !string.Equals(absolute.Host, BaseUrl.Host, StringComparison.OrdinalIgnoreCase)
            || !absolute.AbsolutePath.StartsWith(BaseUrl.AbsolutePath, StringComparison.Ordinal))
        {
            return null;
        }

        return "/" + absolute.AbsolutePath[BaseUrl.AbsolutePath.Length..];
    }

    public override string ToString() => Name;
}
