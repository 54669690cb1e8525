using Archive.Core.Diagnostics;

namespace Archive.Core.Normalization.Warc;

/// <summary>
/// Reads WARC records one after another from an uncompressed stream (a .warc.gz is read through a gzip stream, which
/// decodes member after member). Only the blocks a caller wants, up to <see cref="MaxBlockBytes"/>, are held in memory;
/// every other block is skipped as it streams past. A damaged record is reported and the reader looks for the next
/// <c>WARC/</c> version line.
/// </summary>
internal sealed class WarcRecordReader(Stream stream, string path, Action<Diagnostic> report)
{
    /// <summary>The largest block decoded: a page of 4 MB is far past any article, as for a capture file (ARC021).</summary>
    public const int MaxBlockBytes = 4 * 1024 * 1024;

    /// <summary>What is read of a wanted block over the cap: room for an HTTP status line and its headers.</summary>
    public const int HeadBytes = 16 * 1024;

    private const int MaxLineLength = 64 * 1024;
    private const int MaxHeaderFields = 1000;

    private readonly ByteReader _reader = new(stream);

    /// <summary>Every record; a block is read only when <paramref name="wanted"/> accepts its headers.</summary>
    public IEnumerable<WarcRecord> Records(Func<WarcRecord, bool> wanted)
    {
        var damaged = false;
        while (true)
        {
            var offset = _reader.Position;
            var version = _reader.ReadLine(MaxLineLength);
            if (version is null)
            {
                yield break;
            }

            if (version.Length == 0)
            {
                continue; // the blank lines that end the previous record
            }

            if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            {
                if (!damaged)
                {
                    report(Diagnostic.Warning("ARC074", $"Damaged WARC record at byte {offset:N0}: no 'WARC/' version line; skipped to the next record.", path));
                    damaged = true;
                }

                continue;
            }

            damaged = false;
            var headers = ReadHeaders();
            if (headers is null)
            {
                report(Diagnostic.Warning("ARC074", $"Damaged WARC record at byte {offset:N0}: its header does not end; the rest of the file is not read.", path));
                yield break;
            }

            if (!long.TryParse(headers.GetValueOrDefault("Content-Length"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length))
            {
                report(Diagnostic.Warning("ARC074", $"Damaged WARC record at byte {offset:N0}: no valid Content-Length; skipped to the next record.", path));
                damaged = true;
                continue;
            }

            var record = new WarcRecord(headers, length, null, offset);
            var want = wanted(record);
            if (want && length <= MaxBlockBytes)
            {
                var block = _reader.ReadBlock((int)length);
                if (block is null)
                {
                    report(Diagnostic.Warning("ARC074", $"Damaged WARC record at byte {offset:N0}: the file ends inside it.", path));
                    yield break;
                }

                yield return record with { Block = block };
            }
            else
            {
                // Wanted but over the cap: length > MaxBlockBytes > HeadBytes, so the head never runs past the block.
                var head = want ? _reader.ReadBlock(HeadBytes) : null;
                if (!_reader.Skip(length - (head?.Length ?? 0)))
                {
                    report(Diagnostic.Warning("ARC074", $"Damaged WARC record at byte {offset:N0}: the file ends inside it.", path));
                    yield break;
                }

                yield return record with { Head = head };
            }
        }
    }

    private Dictionary<string, string>? ReadHeaders()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < MaxHeaderFields; i++)
        {
            var line = _reader.ReadLine(MaxLineLength);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                return headers;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                // Fields are UTF-8 (WARC 1.1); the line was read byte for byte.
                headers[line[..colon].Trim()] = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.Latin1.GetBytes(line[(colon + 1)..].Trim()));
            }
        }

        return null;
    }
}
