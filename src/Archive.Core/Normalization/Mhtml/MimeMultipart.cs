using System.Text;

namespace Archive.Core.Normalization.Mhtml;

/// <summary>
/// Splits a MIME document (an MHTML file: <c>multipart/related</c>) into its top-level header fields and its parts,
/// with quoted-printable and base64 undone. Tolerant: a file cut short keeps the parts it has, a part whose base64 is
/// broken is left out, and a document that is not multipart is one part.
/// </summary>
internal static class MimeMultipart
{
    public static (IReadOnlyDictionary<string, string> Headers, IReadOnlyList<MimePart> Parts) Parse(ReadOnlySpan<byte> document)
    {
        var (headers, bodyStart) = SplitHeaders(document);
        var body = document[bodyStart..];
        var boundary = MimeHeaders.Parameter(headers.GetValueOrDefault("Content-Type"), "boundary");
        if (boundary is null)
        {
            return (headers, Decode(headers, body) is { } single ? [new MimePart(headers, single)] : []);
        }

        var parts = new List<MimePart>();
        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var start = FindDelimiter(body, delimiter, 0);
        while (start >= 0)
        {
            var contentStart = SkipLine(body, start + delimiter.Length);
            if (body[(start + delimiter.Length)..].StartsWith("--"u8) || contentStart >= body.Length)
            {
                break; // the closing delimiter
            }

            var next = FindDelimiter(body, delimiter, contentStart);
            var end = next < 0 ? body.Length : next;
            var part = body[contentStart..end];
            var (partHeaders, partStart) = SplitHeaders(part);
            if (Decode(partHeaders, TrimLineEnd(part[partStart..])) is { } decoded)
            {
                parts.Add(new MimePart(partHeaders, decoded));
            }

            start = next;
        }

        return (headers, parts);
    }

    /// <summary>The header fields before the first blank line, and where the body after it starts.</summary>
    private static (Dictionary<string, string> Headers, int BodyStart) SplitHeaders(ReadOnlySpan<byte> text)
    {
        var crlf = text.IndexOf("\r\n\r\n"u8);
        var lf = text.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            return (MimeHeaders.Parse(text[..crlf]), crlf + 4);
        }

        return lf >= 0 ? (MimeHeaders.Parse(text[..lf]), lf + 2) : (MimeHeaders.Parse(text), text.Length);
    }

    /// <summary>The index of the next delimiter line at or after <paramref name="from"/> (at a line start), or -1.</summary>
    private static int FindDelimiter(ReadOnlySpan<byte> body, ReadOnlySpan<byte> delimiter, int from)
    {
        while (from < body.Length)
        {
            var found = body[from..].IndexOf(delimiter);
            if (found < 0)
            {
                return -1;
            }

            var at = from + found;
            if (at == 0 || body[at - 1] == '\n')
            {
                return at;
            }

            from = at + delimiter.Length;
        }

        return -1;
    }

    private static int SkipLine(ReadOnlySpan<byte> body, int from)
    {
        var newline = body[from..].IndexOf((byte)'\n');
        return newline < 0 ? body.Length : from + newline + 1;
    }

    /// <summary>The line break before a delimiter belongs to the delimiter (RFC 2046).</summary>
    private static ReadOnlySpan<byte> TrimLineEnd(ReadOnlySpan<byte> body)
    {
        if (body.EndsWith("\r\n"u8))
        {
            return body[..^2];
        }

        return body.EndsWith("\n"u8) ? body[..^1] : body;
    }

    private static byte[]? Decode(IReadOnlyDictionary<string, string> headers, ReadOnlySpan<byte> body) =>
        headers.GetValueOrDefault("Content-Transfer-Encoding")?.Trim().ToLowerInvariant() switch
        {
            "quoted-printable" => QuotedPrintable(body),
            "base64" => Base64(body),
            _ => body.ToArray(),
        };

    private static byte[] QuotedPrintable(ReadOnlySpan<byte> body)
    {
        var output = new byte[body.Length];
        var length = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var b = body[i];
            if (b != '=')
            {
                output[length++] = b;
                continue;
            }

            if (i + 1 < body.Length && body[i + 1] == '\n')
            {
                i++; // a soft line break
            }
            else if (i + 2 < body.Length && body[i + 1] == '\r' && body[i + 2] == '\n')
            {
                i += 2;
            }
            else if (i + 2 < body.Length && IsHex(body[i + 1]) && IsHex(body[i + 2]))
            {
                output[length++] = (byte)((Hex(body[i + 1]) << 4) | Hex(body[i + 2]));
                i += 2;
            }
            else
            {
                output[length++] = b; // a lone '=' is kept, as mail readers do
            }
        }

        return output[..length];
    }

    private static byte[]? Base64(ReadOnlySpan<byte> body)
    {
        var clean = new byte[body.Length];
        var length = 0;
        foreach (var b in body)
        {
            if (b is not ((byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t'))
            {
                clean[length++] = b;
            }
        }

        var output = new byte[(length / 4 * 3) + 3];
        return System.Buffers.Text.Base64.DecodeFromUtf8(clean.AsSpan(0, length), output, out _, out var written) == System.Buffers.OperationStatus.Done
            ? output[..written]
            : null;
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'A' and <= (byte)'F' or >= (byte)'a' and <= (byte)'f';

    private static int Hex(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
