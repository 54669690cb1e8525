using System.Text;

namespace Archive.Core.Normalization.Warc;

/// <summary>Reads a stream line by line and block by block through one fixed buffer, so any length of input takes constant memory.</summary>
internal sealed class ByteReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>Bytes consumed so far, for diagnostics that point into the file.</summary>
    public long Position { get; private set; }

    /// <summary>
    /// The next line without its CR LF (decoded as Latin-1, which keeps every byte), or null at the end of the stream.
    /// A line longer than <paramref name="maxLength"/> is cut there and the rest of it skipped.
    /// </summary>
    public string? ReadLine(int maxLength)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return line.Length == 0 ? null : line.ToString();
            }

            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span.Length : newline;
            var room = Math.Max(0, maxLength - line.Length);
            line.Append(Encoding.Latin1.GetString(span[..Math.Min(take, room)]));
            Consume(newline < 0 ? span.Length : newline + 1);
            if (newline >= 0)
            {
                return line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();
            }
        }
    }

    /// <summary>The next <paramref name="count"/> bytes, or null when the stream ends first (what there was is consumed).</summary>
    public byte[]? ReadBlock(int count)
    {
        var block = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            if (_start == _end && !Fill())
            {
                return null;
            }

            var take = Math.Min(count - filled, _end - _start);
            _buffer.AsSpan(_start, take).CopyTo(block.AsSpan(filled));
            Consume(take);
            filled += take;
        }

        return block;
    }

    /// <summary>Skips <paramref name="count"/> bytes; false when the stream ends first.</summary>
    public bool Skip(long count)
    {
        while (count > 0)
        {
            if (_start == _end && !Fill())
            {
                return false;
            }

            var take = (int)Math.Min(count, _end - _start);
            Consume(take);
            count -= take;
        }

        return true;
    }

    private void Consume(int count)
    {
        _start += count;
        Position += count;
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }
}
