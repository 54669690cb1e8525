using System.Text;

namespace Archive.Core.Text;

/// <summary>Turns a user-supplied old URL into a safe site path for a redirect rule, or null.</summary>
public static class SitePath
{
    public static string? FromAlias(string? alias)
    {
        if (string.IsNullOrWhiteSpace(alias))
        {
            return null;
        }

        var value = alias.Trim();
        if (Uri.TryCreate(value, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            value = absolute.AbsolutePath;
        }

        if (!value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var segment in value.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment is "." or "..")
            {
                return null;
            }

            builder.Append('/').Append(Uri.EscapeDataString(Uri.UnescapeDataString(segment)));
        }

        if (builder.Length == 0)
        {
            return null;
        }

        // Keep a trailing slash when given; Netlify matches paths exactly otherwise.
        return value.EndsWith('/') ? builder.Append('/').ToString() : builder.ToString();
    }
}
