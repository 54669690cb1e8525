using System.Text;

namespace Archive.Core.Rendering;

/// <summary>Escaping for HTML text and quoted attribute values; leaves non-ASCII text readable.</summary>
public static class Html
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        Append(builder, value);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, string value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var c in value ?? "")
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }
    }

    /// <summary>An external URL safe to put in href: only http(s), else null.</summary>
    public static string? SafeExternalUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        return uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
    }
}
