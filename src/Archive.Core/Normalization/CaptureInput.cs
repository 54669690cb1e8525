namespace Archive.Core.Normalization;

/// <summary>
/// A capture handed to a reader: its path (for diagnostics and reports), its raw bytes
/// (HTML readers honour a declared charset) and its text decoded as UTF-8 or per BOM.
/// </summary>
public sealed record CaptureInput(string Path, ReadOnlyMemory<byte> Bytes, string Text)
{
    public static CaptureInput FromText(string path, string text) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text), text);
}
