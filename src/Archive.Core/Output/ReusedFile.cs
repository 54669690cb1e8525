using System.Runtime.InteropServices;

namespace Archive.Core.Output;

/// <summary>
/// The content of a page whose inputs did not change: the bytes already in the output folder. The writer
/// recognises it and leaves the file alone without reading it.
/// </summary>
internal sealed class ReusedFile(string path, int length) : FileContent(length)
{
    public string Path => path;

    public override string CurrentPath => path;

    /// <summary>True when <paramref name="content"/> is the unchanged file at <paramref name="path"/>.</summary>
    public static bool IsReuseOf(ReadOnlyMemory<byte> content, string path) =>
        MemoryMarshal.TryGetMemoryManager<byte, ReusedFile>(content, out var manager) &&
        string.Equals(manager.Path, path, StringComparison.Ordinal);
}
