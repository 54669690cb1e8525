using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Archive.Core.Engine;

/// <summary>
/// An incremental 128-bit content hash (XXH128) with length-prefixed fields, so that ("ab", "c") and
/// ("a", "bc") never hash alike. Not cryptographic: it keys a local cache, it does not defend against an attacker.
/// </summary>
internal sealed class ContentHash
{
    private readonly XxHash128 _hash = new();

    public ContentHash Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        _hash.Append(bytes);
        return this;
    }

    public ContentHash Add(string? text)
    {
        if (text is null)
        {
            Add(-1);
            return this;
        }

        Add(text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public ContentHash Add(long value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BitConverter.TryWriteBytes(buffer, value);
        _hash.Append(buffer);
        return this;
    }

    public ContentHash Add(UInt128 value)
    {
        Span<byte> buffer = stackalloc byte[16];
        BitConverter.TryWriteBytes(buffer[..8], (ulong)(value >> 64));
        BitConverter.TryWriteBytes(buffer[8..], (ulong)value);
        _hash.Append(buffer);
        return this;
    }

    public UInt128 Value => _hash.GetCurrentHashAsUInt128();

    public static UInt128 Of(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    public static string Hex(UInt128 value) => value.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}
