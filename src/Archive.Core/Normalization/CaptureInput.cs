using System.Text;

namespace Archive.Core.Normalization;

/// <summary>
/// A capture handed to a reader: its path (for diagnostics and reports), its raw bytes
/// (the HTML reader honours a declared charset) and its text decoded as UTF-8, or per its BOM.
/// </summary>
public sealed record CaptureInput(string Path, ReadOnlyMemory<byte> Bytes, string Text)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static CaptureInput FromText(string path, string text) => new(path, Utf8.GetBytes(text), text);

    public static CaptureInput FromBytes(string path, byte[] bytes) => new(path, bytes, Decode(bytes));

    /// <summary>
    /// A page whose container declared its charset (an HTTP header, a MIME part's Content-Type), which overrides what
    /// the page says of itself (as in browsers): decoded by it and handed on as UTF-8 with a byte order mark, which the
    /// HTML reader honours before any meta charset. An unknown charset leaves the bytes as they are.
    /// </summary>
    public static CaptureInput FromBytes(string path, byte[] bytes, string? charset)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (charset is null || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return FromBytes(path, bytes);
        }

        Encoding encoding;
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            encoding = Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return FromBytes(path, bytes);
        }

        var text = encoding.GetString(bytes);
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. Utf8.GetBytes(text)];
        return new CaptureInput(path, utf8, text);
    }

    /// <summary>Decodes by BOM (UTF-8, UTF-16 LE/BE), else as UTF-8 with invalid bytes replaced.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        return Utf8.GetString(bytes);
    }
}
