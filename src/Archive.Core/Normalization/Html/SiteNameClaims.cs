using Archive.Core.Text;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Chooses among the names a page gives its publisher (og:site_name, JSON-LD publisher, application-name, a Twitter
/// "site" that is a name rather than a handle) the first that matches the host serving it, even in part
/// (<see cref="HostAgreement"/>): economy.example.com pages whose og:site_name is their section ("Economy") and
/// whose JSON-LD publisher is "Example" are Example's. When none matches, the first name stays, unless it is a single
/// word (a section: "U.S.", "World") and the Twitter handle is the host's very name ("@Examplewire" on
/// examplewire.com). A handle that is not the host's name is an account, not a masthead. Without an address, the
/// first name given.
/// </summary>
internal static class SiteNameClaims
{
    public static string? Choose(IEnumerable<string?> names, string? twitterSite, string? url)
    {
        var claims = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).ToList();
        var handle = Handle(twitterSite);
        if (handle is null && !string.IsNullOrWhiteSpace(twitterSite))
        {
            claims.Add(twitterSite.Trim());
        }

        if (HostName.OfUrl(url) is not { } host)
        {
            return claims.FirstOrDefault() ?? handle;
        }

        if (claims.FirstOrDefault(c => HostAgreement.Of(c, host) != HostMatch.None) is { } matching)
        {
            return matching;
        }

        var handleIsHost = handle is not null && HostAgreement.IsHostLabel(handle, host);
        return claims.Count == 0 || (handleIsHost && !claims[0].Contains(' ', StringComparison.Ordinal)) ? (handleIsHost ? handle : null) : claims[0];
    }

    // "@Example", "https://twitter.com/Example" or "Example" → "Example"; null for a name ("Example Daily").
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
        return handle.Length > 0 && handle.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? handle : null;
    }
}
