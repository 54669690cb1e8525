using Archive.Core.Text;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Chooses among the names a page gives its publisher (og:site_name, JSON-LD publisher, application-name, then its
/// Twitter handle) the one that matches the host serving it: reuters.com pages whose og:site_name is a section
/// ("U.S.") and whose handle is "@Reuters" are Reuters'. A handle counts only when it is the host's name itself
/// ("@example_news" on example.com is an account, not a masthead). Without an address, the first name given.
/// </summary>
internal static class SiteNameClaims
{
    public static string? Choose(IEnumerable<string?> names, string? twitterSite, string? url)
    {
        var claims = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).ToList();
        var handle = Handle(twitterSite);
        if (HostName.OfUrl(url) is not { } host)
        {
            return claims.FirstOrDefault() ?? handle;
        }

        if (handle is not null && HostAgreement.Of(handle, host) == HostMatch.Exact)
        {
            claims.Add(handle);
        }

        // OrderByDescending is stable: among equal matches the page's own order decides.
        return claims.OrderByDescending(c => HostAgreement.Of(c, host)).FirstOrDefault();
    }

    // "@Example" or "https://twitter.com/Example" → "Example".
    private static string? Handle(string? twitterSite)
    {
        var handle = twitterSite?.Trim();
        if (string.IsNullOrEmpty(handle))
        {
            return null;
        }

        if (Uri.TryCreate(handle, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            handle = uri.AbsolutePath.Trim('/').Split('/')[0];
        }

        handle = handle.TrimStart('@');
        return handle.Length > 0 ? handle : null;
    }
}
