using System.Buffers;
using System.Runtime.InteropServices;

namespace Archive.Core.Caching;

/// <summary>
/// The content of a page whose inputs did not change: the bytes already in the output folder, read only if
/// someone asks for them. The writer recognises it and leaves the file alone without reading it.
/// </summary>
internal sealed class ReusedFile(string path, int length) : MemoryManager<byte>
{
    private readonly Lock _lock = new();
    private byte[]? _bytes;
    private GCHandle _pin;

    public string Path => path;

    public ReadOnlyMemory<byte> AsMemory() => CreateMemory(length);

    public override Span<byte> GetSpan()
    {
        lock (_lock)
        {
            if (_bytes is null)
            {
                var bytes = File.ReadAllBytes(path);
                if (bytes.Length != length)
                {
                    throw new IOException($"'{path}' changed while the site was being built.");
                }

                _bytes = bytes;
            }

            return _bytes;
        }
    }

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        var bytes = GetSpan();
        lock (_lock)
        {
            if (!_pin.IsAllocated)
            {
                _pin = GCHandle.Alloc(_bytes, GCHandleType.Pinned);
            }
        }

        unsafe
        {
            return new MemoryHandle((byte*)_pin.AddrOfPinnedObject() + elementIndex, default, this);
        }
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (_pin.IsAllocated)
        {
            _pin.Free();
        }
    }

    /// <summary>True when <paramref name="content"/> is the unchanged file at <paramref name="path"/>.</summary>
    public static bool IsReuseOf(ReadOnlyMemory<byte> content, string path) =>
        MemoryMarshal.TryGetMemoryManager<byte, ReusedFile>(content, out var manager) &&
        string.Equals(manager.Path, path, StringComparison.Ordinal);
}
