namespace Archive.Core.Normalization.Html;

/// <summary>Decodes a <c>data:</c> URI (RFC 2397): base64 or percent-encoded bytes and their media type.</summary>
internal static class DataUri
{
    public static bool TryDecode(string uri, out string mediaType, out byte[] bytes)
    {
        mediaType = "";
        bytes = [];
        var comma = uri.IndexOf(',', StringComparison.Ordinal);
        if (!uri.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || comma < 0)
        {
            return false;
        }

        var header = uri[5..comma].Split(';', StringSplitOptions.TrimEntries);
        mediaType = header[0].Length > 0 ? header[0].ToLowerInvariant() : "text/plain";
        var data = uri[(comma + 1)..];
        if (header.Skip(1).Any(p => p.Equals("base64", StringComparison.OrdinalIgnoreCase)))
        {
            var text = Uri.UnescapeDataString(data).Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
            try
            {
                bytes = Convert.FromBase64String(text);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        bytes = System.Text.Encoding.Latin1.GetBytes(Uri.UnescapeDataString(data));
        return true;
    }
}
