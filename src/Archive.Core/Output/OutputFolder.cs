using Archive.Core.Diagnostics;
using Archive.Core.Engine;

namespace Archive.Core.Output;

/// <summary>
/// The output folder and the folders a build keeps beside it, named in one place, and the checks that make a
/// build refuse to replace a folder it did not write. A build replaces the whole output folder, so pointing
/// <c>--output</c> at the project, the input or the theme must be refused before anything is touched.
/// </summary>
public sealed class OutputFolder
{
    /// <summary>Written at the top of every site this tool builds: a folder holding it is one of ours.</summary>
    public const string OwnershipFile = "build-report.json";

    /// <summary>Folder names of earlier releases: left alone unless they hold one of our sites.</summary>
    private static readonly string[] LegacySuffixes = [".staging", ".previous"];

    public OutputFolder(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Path = Trim(System.IO.Path.GetFullPath(output));
        Staging = Path + ".archive-staging";
        Journal = System.IO.Path.Combine(Staging, "commit.journal");
        Refresh = Path + ".archive-refresh";
    }

    /// <summary>The site's folder, full path without a trailing separator.</summary>
    public string Path { get; }

    /// <summary>
    /// Beside the output folder (same file system, so renames are atomic): a new tree is assembled here, and an
    /// in-place commit keeps its new files and journal here until they are moved in. The name is one nobody
    /// types by hand, so a leftover can be deleted without asking.
    /// </summary>
    public string Staging { get; }

    /// <summary>Beside the output folder: where a staging step's folder is rebuilt after an in-place commit (<see cref="StagingRefresh"/>).</summary>
    public string Refresh { get; }

    /// <summary>The list of moves and deletions of an in-place commit; its presence means the commit must be finished.</summary>
    public string Journal { get; }

    /// <summary>Folders a build may create and delete beside the output (the watcher ignores them; clean deletes them).</summary>
    public IEnumerable<string> Scratch => [Staging, Refresh, .. LegacySuffixes.Select(s => Path + s).Where(IsOurs)];

    /// <summary>The incremental build cache of builds run from <paramref name="workingDirectory"/>.</summary>
    public static string CacheFolder(string? workingDirectory = null) =>
        System.IO.Path.Combine(System.IO.Path.GetFullPath(workingDirectory ?? Directory.GetCurrentDirectory()), ".cache");

    /// <summary>True when <paramref name="folder"/> is missing, empty, or holds a site this tool built.</summary>
    public static bool IsOurs(string folder)
    {
        if (File.Exists(folder))
        {
            return false;
        }

        return !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any() || File.Exists(System.IO.Path.Combine(folder, OwnershipFile));
    }

    /// <summary>
    /// Why a build must not write to this folder, as configuration errors: it is, contains or lies inside what
    /// the build reads, or it holds files the tool did not write. Empty when the folder is safe to replace.
    /// </summary>
    public IReadOnlyList<Diagnostic> Refusals(BuildPaths paths, string cacheFolder)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var refusals = new List<Diagnostic>();
        void Refuse(string message) => refusals.Add(Diagnostic.Error("ARC080", message, Path));

        var read = new (string Name, string? Folder)[]
        {
            ("the input folder", paths.Input),
            ("the theme folder", paths.Theme),
            ("the site file", paths.SiteFile),
            ("the build cache", cacheFolder),
            ("the current folder", Directory.GetCurrentDirectory()),
        };
        foreach (var (name, folder) in read)
        {
            if (folder is null)
            {
                continue;
            }

            var full = Trim(System.IO.Path.GetFullPath(folder));
            if (IsSameOrInside(full, Path))
            {
                Refuse($"The output folder is or contains {name} ({full}); a build replaces the whole output folder. Choose another --output.");
            }
            else if (name is "the input folder" or "the theme folder" && IsSameOrInside(Path, full))
            {
                Refuse($"The output folder lies inside {name} ({full}); its pages would be read back as {(name == "the input folder" ? "captures" : "theme files")}. Choose another --output.");
            }
        }

        if (File.Exists(Path))
        {
            Refuse("The output path is a file, not a folder. Choose another --output.");
        }
        else if (refusals.Count == 0 && !IsOurs(Path))
        {
            Refuse($"The output folder holds files this tool did not write (no {OwnershipFile} at its top); a build would replace them. Empty the folder or choose another --output.");
        }

        if (File.Exists(Staging))
        {
            Refuse($"'{Staging}' is a file; a build needs that name for its staging folder. Move it away.");
        }

        return refusals;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it.</summary>
    internal static bool IsSameOrInside(string path, string folder) =>
        string.Equals(path, folder, StringComparison.Ordinal) ||
        path.StartsWith(folder == "/" ? folder : folder + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd(System.IO.Path.DirectorySeparatorChar) : path;
}
