namespace Archive.Core.Analysis.Sources;

/// <summary>The publisher part of a host name: "www.example.co.uk" → "example.co.uk", "edition.cnn.com" → "cnn.com".</summary>
internal static class SourceHost
{
    // Second-level labels under which a country's registrations sit ("co.uk", "com.au", "org.br").
    private static readonly HashSet<string> s_secondLevel = new(StringComparer.Ordinal) { "co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gv" };

    public static string Of(string host)
    {
        var labels = host.Trim().TrimEnd('.').ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length <= 2)
        {
            return string.Join('.', labels);
        }

        var keep = labels[^1].Length == 2 && s_secondLevel.Contains(labels[^2]) ? 3 : 2;
        return string.Join('.', labels[^keep..]);
    }

    /// <summary>The publisher host of an absolute http(s) URL; null for anything else.</summary>
    public static string? OfUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 ? Of(uri.Host) : null;
}
