using System.Runtime.InteropServices;

namespace Archive.Core.Output;

/// <summary>File-system steps shared by the writers: confining destinations, comparing bytes, hard links.</summary>
public static partial class SiteWriter
{
    /// <summary>The full path of a destination inside <paramref name="root"/>; anything that would escape it is a bug upstream.</summary>
    public static string Confined(string root, string destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var full = Path.GetFullPath(Path.Combine(root, destination));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || destination.Contains('\0', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{destination}' outside the output folder.");
        }

        return full;
    }

    internal static bool SameBytes(string path, ReadOnlySpan<byte> content)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != content.Length)
            {
                return false;
            }

            return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
        }
        catch (IOException)
        {
            return false;
        }
    }

    internal static bool TryHardLink(string existing, string target) =>
        !OperatingSystem.IsWindows() && Link(existing, target) == 0;

    internal static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string oldPath, string newPath);
}
