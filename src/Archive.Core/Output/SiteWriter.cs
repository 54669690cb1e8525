using System.Runtime.InteropServices;

namespace Archive.Core.Output;

/// <summary>File-system steps shared by the writers: confining destinations, comparing bytes, hard links, swapping trees.</summary>
public static partial class SiteWriter
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint Exchange = 2; // RENAME_EXCHANGE

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

    /// <summary>
    /// Makes the staged tree the output folder and deletes the old site. On Linux one
    /// rename exchanges the two (there is no moment without an output folder). Elsewhere the old folder is moved
    /// aside and the staged one moved in, with a marker file beside them so that <see cref="FinishSwap"/> can
    /// complete a swap killed between the two moves.
    /// </summary>
    internal static void Swap(OutputFolder folder, Action<string>? beforeStep)
    {
        beforeStep?.Invoke("swap");
        if (!Directory.Exists(folder.Path))
        {
            Directory.Move(folder.Staging, folder.Path);
            return;
        }

        if (TryExchange(folder.Staging, folder.Path))
        {
            beforeStep?.Invoke("delete the old site");
            DeleteIfExists(folder.Staging); // now the old site
            return;
        }

        var marker = SwapMarker(folder);
        File.WriteAllBytes(marker, []);
        Directory.Move(folder.Path, AsideOf(folder));
        beforeStep?.Invoke("swap, old site moved aside");
        Directory.Move(folder.Staging, folder.Path);
        DeleteIfExists(AsideOf(folder));
        File.Delete(marker);
    }

    /// <summary>Completes a two-rename swap that was killed half-way; nothing to do after a one-rename exchange.</summary>
    internal static void FinishSwap(OutputFolder folder)
    {
        var marker = SwapMarker(folder);
        if (!File.Exists(marker))
        {
            return;
        }

        if (!Directory.Exists(folder.Path) && Directory.Exists(folder.Staging))
        {
            Directory.Move(folder.Staging, folder.Path); // the staged tree was complete: the swap had begun
        }
        else if (!Directory.Exists(folder.Path) && Directory.Exists(AsideOf(folder)))
        {
            Directory.Move(AsideOf(folder), folder.Path);
        }

        DeleteIfExists(AsideOf(folder));
        File.Delete(marker);
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

    private static string SwapMarker(OutputFolder folder) => folder.Path + ".archive-swapping";

    private static string AsideOf(OutputFolder folder) => folder.Path + ".archive-old";

    /// <summary>Exchanges two paths in one atomic rename (Linux); false where the system cannot.</summary>
    internal static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(CurrentDirectory, a, CurrentDirectory, b, Exchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library without renameat2
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string oldPath, string newPath);

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
