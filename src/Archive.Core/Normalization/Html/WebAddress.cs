namespace Archive.Core.Normalization.Html;

/// <summary>Web addresses of a page's images: only http and https count as addresses on the live web.</summary>
internal static class WebAddress
{
    /// <summary><paramref name="reference"/> made absolute against <paramref name="baseUrl"/>; null unless the result is http(s).</summary>
    public static string? Resolve(string reference, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        Uri? uri;
        if (reference.StartsWith("//", StringComparison.Ordinal))
        {
            Uri.TryCreate("https:" + reference, UriKind.Absolute, out uri);
        }
        else if (!Uri.TryCreate(reference, UriKind.Absolute, out uri) || uri.IsFile)
        {
            uri = baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri) && IsWeb(baseUri) && Uri.TryCreate(baseUri, reference, out var resolved) ? resolved : null;
        }

        return uri is not null && IsWeb(uri) ? uri.AbsoluteUri : null;
    }

    private static bool IsWeb(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;
}
