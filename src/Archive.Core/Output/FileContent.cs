using System.Buffers;
using System.Runtime.InteropServices;

namespace Archive.Core.Output;

/// <summary>
/// A document's content that lives in a file rather than in memory: read only if someone asks for it
/// (the writer recognises it and does not), then kept. Lets a build hold tens of thousands of pages
/// without holding their bytes.
/// </summary>
internal abstract class FileContent(int length) : MemoryManager<byte>
{
    private readonly Lock _lock = new();
    private byte[]? _bytes;
    private GCHandle _pin;

    /// <summary>Where the bytes are now.</summary>
    public abstract string CurrentPath { get; }

    public ReadOnlyMemory<byte> AsMemory() => CreateMemory(length);

    public override Span<byte> GetSpan()
    {
        lock (_lock)
        {
            if (_bytes is null)
            {
                var bytes = File.ReadAllBytes(CurrentPath);
                if (bytes.Length != length)
                {
                    throw new IOException($"'{CurrentPath}' changed while the site was being built.");
                }

                _bytes = bytes;
            }

            return _bytes;
        }
    }

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        _ = GetSpan();
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
}

/// <summary>A page stored by a <see cref="SiteSink"/>: in its staging or temporary file until the commit, then in the output folder.</summary>
internal sealed class StoredFile(SiteSink sink, string destination, int length) : FileContent(length)
{
    public SiteSink Sink => sink;

    public override string CurrentPath => sink.PathOf(destination);

    public static StoredFile? Of(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetMemoryManager<byte, StoredFile>(content, out var manager) ? manager : null;
}
