namespace Archive.Core.Engine;

/// <summary>What a stat call says about a file: enough to tell that it has not changed without reading it (as git's index does).</summary>
internal readonly record struct FileStamp(long Length, long Ticks)
{
    public static FileStamp? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }
}
