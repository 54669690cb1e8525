namespace Archive.Core.Text;

/// <summary>
/// Host names as a publisher is known by them: the site's own host of a URL (a Wayback Machine copy gives the host
/// of the page it copied; "www." goes), its registrable domain ("edition.cnn.com" → "cnn.com", "www.example.co.uk"
/// → "example.co.uk") and the label that names it ("cnn", "example").
/// </summary>
internal static class HostName
{
    // Second-level labels under which a country's registrations sit ("co.uk", "com.au", "org.br").
    private static readonly HashSet<string> s_secondLevel = new(StringComparer.Ordinal) { "co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gv" };

    // Leading labels that are not part of the site's name.
    private static readonly HashSet<string> s_noName = new(StringComparer.Ordinal) { "www", "www1", "www2", "www3", "m", "amp", "mobile" };

    /// <summary>The host of an absolute http(s) URL, lower-cased and without "www."; null for anything else.</summary>
    public static string? OfUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            return null;
        }

        if (uri.Host.Equals("web.archive.org", StringComparison.OrdinalIgnoreCase) && WaybackOriginal(uri.PathAndQuery) is { } original)
        {
            return OfUrl(original) ?? Strip(uri.Host);
        }

        return Strip(uri.Host);
    }

    /// <summary>The registrable domain of a host: "news.example.co.uk" → "example.co.uk".</summary>
    public static string Registrable(string host)
    {
        var labels = Labels(host);
        if (labels.Length <= 2)
        {
            return string.Join('.', labels);
        }

        var keep = labels[^1].Length == 2 && s_secondLevel.Contains(labels[^2]) ? 3 : 2;
        return string.Join('.', labels[^keep..]);
    }

    /// <summary>The host's first label that names the site: "blog.example.com" → "blog", "www.example.com" → "example".</summary>
    public static string Label(string host)
    {
        var labels = Labels(host);
        return labels.Length == 0 ? "" : labels.FirstOrDefault(l => !s_noName.Contains(l)) ?? labels[0];
    }

    private static string Strip(string host)
    {
        var labels = Labels(host);
        var skip = labels.Length > 2 && s_noName.Contains(labels[0]) ? 1 : 0;
        return string.Join('.', labels[skip..]);
    }

    private static string[] Labels(string host) =>
        host.Trim().TrimEnd('.').ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries);

    // "/web/20181206101316/https://example.org/page" → "https://example.org/page".
    private static string? WaybackOriginal(string path)
    {
        var start = path.IndexOf("http", StringComparison.OrdinalIgnoreCase);
        return path.StartsWith("/web/", StringComparison.Ordinal) && start > 0 ? path[start..] : null;
    }
}
