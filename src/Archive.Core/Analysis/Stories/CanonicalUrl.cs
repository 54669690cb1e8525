namespace Archive.Core.Analysis.Stories;

/// <summary>
/// The key two captures of one web page share, whatever link they were saved from: no scheme, no "www." and
/// no mobile or AMP host prefix, no AMP path variant, no tracking parameters, no fragment, no trailing slash,
/// the remaining query parameters sorted. Null when the text is not an absolute http(s) URL.
/// </summary>
public static class CanonicalUrl
{
    private static readonly string[] HostPrefixes = ["www.", "m.", "mobile.", "amp.", "www-m."];

    // Parameters that say how a reader arrived, never which page they read.
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "cmp", "ref", "ref_src", "smid",
        "smtyp", "share", "igshid", "_ga", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee",
        "amp", "outputtype", "output", "mobile", "ito", "src", "utm",
    };

    public static string? Key(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) ||
            !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) ||
            uri.Host.Length == 0)
        {
            return null;
        }

        var host = Host(uri.Host);
        var path = Path(uri.AbsolutePath);
        var query = Query(uri.Query);
        return query.Length == 0 ? host + path : host + path + "?" + query;
    }

    /// <summary>The publisher part of a URL: its host without "www." or a mobile prefix; null when it is not a web URL.</summary>
    public static string? HostOf(string? url) =>
        !string.IsNullOrWhiteSpace(url) && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0
            ? Host(uri.Host)
            : null;

    private static string Host(string host)
    {
        host = host.ToLowerInvariant().TrimEnd('.');
        foreach (var prefix in HostPrefixes)
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.IndexOf('.', prefix.Length) > 0)
            {
                return host[prefix.Length..];
            }
        }

        return host;
    }

    private static string Path(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        // AMP variants: /amp/story, /story/amp, /story.amp, /story.amp.html
        segments.RemoveAll(s => s.Equals("amp", StringComparison.OrdinalIgnoreCase));
        if (segments.Count > 0)
        {
            var last = segments[^1];
            foreach (var suffix in new[] { ".amp.html", ".amp" })
            {
                if (last.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && last.Length > suffix.Length)
                {
                    last = last[..^suffix.Length] + (suffix == ".amp.html" ? ".html" : "");
                }
            }

            if (last.Equals("index.html", StringComparison.OrdinalIgnoreCase) || last.Equals("index.htm", StringComparison.OrdinalIgnoreCase))
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments[^1] = last;
            }
        }

        return "/" + string.Join('/', segments);
    }

    private static string Query(string query)
    {
        if (query.Length <= 1)
        {
            return "";
        }

        var kept = query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p =>
            {
                var name = p.Split('=', 2)[0];
                return !name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !TrackingParameters.Contains(name);
            })
            .OrderBy(p => p, StringComparer.Ordinal);
        return string.Join('&', kept);
    }
}
