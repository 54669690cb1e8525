namespace Archive.Core.Normalization.Containers;

/// <summary>
/// A read-only stream over decompressed data that stops a decompression bomb: past <see cref="Limit"/> bytes it throws
/// <see cref="InvalidDataException"/>. The limit is a multiple of the compressed size, with a floor, since real
/// captures (HTML, images) compress far less than 100 to 1 while a bomb expands a thousandfold.
/// </summary>
public sealed class ExpansionGuardStream(Stream inner, long limit) : Stream
{
    /// <summary>How far a compressed file may expand: HTML compresses about 5 to 10 times, images not at all.</summary>
    public const int MaxRatio = 100;

    /// <summary>The least expansion allowed, so that small files are not refused for a high ratio.</summary>
    public const long MinLimit = 64L * 1024 * 1024;

    private long _read;

    public long Limit => limit;

    /// <summary>The limit for a file of <paramref name="compressedLength"/> bytes.</summary>
    public static long LimitFor(long compressedLength) => Math.Max(MinLimit, compressedLength * MaxRatio);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _read += read;
        if (_read > limit)
        {
            throw new InvalidDataException($"it expands past {limit / (1024 * 1024):N0} MB ({MaxRatio} times its compressed size): a decompression bomb or a damaged file");
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
