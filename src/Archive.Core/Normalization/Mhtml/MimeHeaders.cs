using System.Text;

namespace Archive.Core.Normalization.Mhtml;

/// <summary>MIME header blocks (RFC 5322 fields, folded lines joined) and Content-Type parameters.</summary>
internal static class MimeHeaders
{
    /// <summary>The fields of <paramref name="block"/> (the bytes before the blank line), later ones winning.</summary>
    public static Dictionary<string, string> Parse(ReadOnlySpan<byte> block)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? name = null;
        var value = new StringBuilder();
        foreach (var raw in Encoding.UTF8.GetString(block).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                value.Append(' ').Append(line.Trim()); // a folded continuation line
                continue;
            }

            Flush();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                name = line[..colon].Trim();
                value.Append(line[(colon + 1)..].Trim());
            }
        }

        Flush();
        return headers;

        void Flush()
        {
            if (name is not null)
            {
                headers[name] = value.ToString();
            }

            name = null;
            value.Clear();
        }
    }

    /// <summary>The parameter <paramref name="name"/> of a field such as <c>multipart/related; boundary="x"</c>, unquoted, or null.</summary>
    public static string? Parameter(string? field, string name)
    {
        if (field is null)
        {
            return null;
        }

        foreach (var parameter in field.Split(';').Skip(1))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && parameter[..equals].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return parameter[(equals + 1)..].Trim().Trim('"') is { Length: > 0 } value ? value : null;
            }
        }

        return null;
    }
}
