using Archive.Core.Normalization;

namespace Archive.Core.Inputs;

/// <summary>Finds captures under the input folder, recursively, in ordinal path order, with their sidecars.</summary>
public static class InputScanner
{
    public static IReadOnlyList<(string RelativePath, string FullPath, string? SidecarFullPath)> Scan(string inputDirectory)
    {
        if (!Directory.Exists(inputDirectory))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(inputDirectory, "*", options)
            .Where(path => CaptureReaders.FormatOf(path) is not null)
            .Select(path => (
                RelativePath: Path.GetRelativePath(inputDirectory, path).Replace('\\', '/'),
                FullPath: path,
                SidecarFullPath: File.Exists(path + ".yml") ? path + ".yml" : null))
            .OrderBy(entry => entry.RelativePath, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Sidecars whose capture does not exist: reported, never silently ignored.</summary>
    public static IReadOnlyList<string> OrphanSidecars(string inputDirectory)
    {
        if (!Directory.Exists(inputDirectory))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(inputDirectory, "*.yml", options)
            .Where(path => CaptureReaders.FormatOf(path[..^4]) is not null && !File.Exists(path[..^4]))
            .Select(path => Path.GetRelativePath(inputDirectory, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
    }
}
