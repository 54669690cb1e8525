using System.IO.Compression;
using System.Text;

namespace Archive.Core.Normalization.Warc;

/// <summary>
/// The HTTP response a WARC <c>response</c> record holds: status, headers and the body as the page's bytes, with the
/// chunked transfer coding and gzip, deflate or Brotli content coding undone (a crawler stores what the server sent).
/// </summary>
internal sealed record HttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? ContentType => Headers.GetValueOrDefault("Content-Type");

    /// <summary>The media type without parameters, in lower case ("text/html"), or null.</summary>
    public string? MediaType => ContentType?.Split(';')[0].Trim().ToLowerInvariant() is { Length: > 0 } type ? type : null;

    /// <summary>The charset parameter of Content-Type, or null.</summary>
    public string? Charset => ContentType?.Split(';').Skip(1)
        .Select(p => p.Trim())
        .FirstOrDefault(p => p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))?[8..].Trim('"', '\'', ' ') is { Length: > 0 } charset ? charset : null;

    /// <summary>The response in <paramref name="block"/>; null when it is not HTTP or its body cannot be decoded within <paramref name="maxBody"/> bytes.</summary>
    public static HttpResponse? Parse(byte[] block, int maxBody)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (!TryParseHead(block, out var code, out var headers, out var bodyStart))
        {
            return null;
        }

        var body = block.AsSpan(bodyStart).ToArray();
        try
        {
            if (headers.GetValueOrDefault("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
            {
                body = Dechunk(body);
            }

            body = Decode(body, headers.GetValueOrDefault("Content-Encoding"), maxBody);
        }
        catch (InvalidDataException)
        {
            return null;
        }

        return body is null ? null : new HttpResponse(code, headers, body);
    }

    /// <summary>
    /// The status and headers of a response from its first bytes alone (the head of a record too large to read),
    /// with no body: enough to tell a page or an image from everything else. Null when the head is not HTTP.
    /// </summary>
    public static HttpResponse? ParseHead(ReadOnlySpan<byte> head) =>
        TryParseHead(head, out var code, out var headers, out _) ? new HttpResponse(code, headers, []) : null;

    private static bool TryParseHead(ReadOnlySpan<byte> block, out int code, out Dictionary<string, string> headers, out int bodyStart)
    {
        code = 0;
        headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        bodyStart = 0;
        var headerEnd = block.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (headerEnd < 0)
        {
            headerEnd = block.IndexOf("\n\n"u8);
            separator = 2;
        }

        if (headerEnd < 0)
        {
            return false;
        }

        var lines = Encoding.Latin1.GetString(block[..headerEnd]).Split('\n');
        var status = lines[0].Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(status[1], System.Globalization.CultureInfo.InvariantCulture, out code))
        {
            return false;
        }

        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        bodyStart = headerEnd + separator;
        return true;
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.AsSpan(position).IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.Latin1.GetString(body, position, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                throw new InvalidDataException("bad chunk size");
            }

            position += lineEnd + 1;
            if (size == 0)
            {
                break;
            }

            size = Math.Min(size, body.Length - position);
            output.Write(body, position, size);
            position += size;
            while (position < body.Length && body[position] is (byte)'\r' or (byte)'\n')
            {
                position++;
            }
        }

        return output.ToArray();
    }

    private static byte[]? Decode(byte[] body, string? encoding, int maxBody)
    {
        Stream? decoder = encoding?.Trim().ToLowerInvariant() switch
        {
            null or "" or "identity" => null,
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => throw new InvalidDataException("unknown content coding " + encoding),
        };
        if (decoder is null)
        {
            return body.Length <= maxBody ? body : null;
        }

        using (decoder)
        {
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = decoder.Read(buffer)) > 0)
            {
                if (output.Length + read > maxBody)
                {
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
    }
}
