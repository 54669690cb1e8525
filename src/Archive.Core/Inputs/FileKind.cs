using System.Runtime.InteropServices;

namespace Archive.Core.Inputs;

/// <summary>
/// What a path is, asked of the kernel without opening it: opening a named pipe blocks until someone writes to
/// it, and reading a device never ends, so a build only reads what is a regular file. Linux answers through
/// <c>statx</c> (its layout is the same on every architecture) and <c>realpath</c>; elsewhere .NET's view of the
/// file is used (it cannot tell a pipe from a file).
/// </summary>
public static partial class FileKind
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const int NoFollow = 0x100; // AT_SYMLINK_NOFOLLOW
    private const uint TypeField = 0x1; // STATX_TYPE
    private const int ModeOffset = 28; // stx_mode in struct statx
    private const int TypeMask = 0xF000; // S_IFMT
    private const int RegularType = 0x8000; // S_IFREG

    /// <summary>True when <paramref name="path"/> is a regular file (following symbolic links when <paramref name="followLinks"/>).</summary>
    public static bool IsRegularFile(string path, bool followLinks = true)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsLinux())
        {
            var info = new FileInfo(path);
            return info.Exists && (followLinks || info.LinkTarget is null);
        }

        Span<byte> buffer = stackalloc byte[256];
        unsafe
        {
            fixed (byte* statx = buffer)
            {
                try
                {
                    if (Statx(CurrentDirectory, path, followLinks ? 0 : NoFollow, TypeField, statx) != 0)
                    {
                        return false;
                    }
                }
                catch (EntryPointNotFoundException)
                {
                    return File.Exists(path);
                }
            }
        }

        var mode = BitConverter.ToUInt16(buffer[ModeOffset..]);
        return (mode & TypeMask) == RegularType;
    }

    /// <summary>A short name for what <paramref name="path"/> is when it is not a regular file, for messages.</summary>
    public static string Describe(string path)
    {
        if (Directory.Exists(path))
        {
            return "a folder";
        }

        return File.Exists(path) || new FileInfo(path).LinkTarget is not null ? "not a regular file (a pipe, socket or device)" : "missing";
    }

    /// <summary>The canonical path with every symbolic link resolved; null when some part of it does not exist.</summary>
    public static string? RealPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            return Path.Exists(path) ? Path.GetFullPath(path) : null;
        }

        var resolved = RealPathNative(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial IntPtr RealPathNative(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
