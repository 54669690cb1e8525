using System.Diagnostics;
using Archive.Core.Building;
using Archive.Core.Caching;
using Archive.Core.Engine;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Reliability;

/// <summary>
/// A full disk (a small tmpfs as the output's file system): the build stops with a clean error naming the path,
/// the previous site stays byte for byte, and nothing is left over — no staging, no temporary or empty files.
/// Needs root on Linux to mount the tmpfs; skipped with the reason elsewhere.
/// </summary>
public sealed class DiskFullTests
{
    [SkippableTheory]
    [InlineData(false)] // build: a new tree swapped in
    [InlineData(true)] // preview: in place, through the journal
    public async Task A_full_disk_stops_the_build_cleanly_and_keeps_the_previous_site(bool preview)
    {
        using var folder = SiteCopy.Make();
        var disk = folder.Combine("disk");
        Directory.CreateDirectory(disk);
        // The one-capture site takes ~100 KiB, the whole demo site ~730 KiB: the second cannot be staged beside the first.
        Skip.IfNot(Mount(disk, "400k"), "needs root on Linux to mount a small tmpfs");
        try
        {
            var all = folder.Combine("all-input");
            Directory.Move(folder.Combine("input"), all);
            Directory.CreateDirectory(folder.Combine("input"));
            File.Copy(Path.Combine(all, "2014-04-17_geneva-talks.txt"), folder.Combine("input", "2014-04-17_geneva-talks.txt"));
            var paths = new BuildPaths(folder.Combine("input"), Path.Combine(disk, "out"), folder.Combine("theme"), folder.Combine("site.yml"));
            var cache = preview ? BuildCache.InMemory() : BuildCache.Open(Path.Combine(disk, ".cache"));
            Assert.Equal(0, (await new SiteBuilder(paths) { Cache = cache }.BuildAsync()).ExitCode);
            cache.TrustOutput = preview;
            var old = SiteCopy.Tree(paths.Output);
            foreach (var file in Directory.GetFiles(all))
            {
                File.Copy(file, folder.Combine("input", Path.GetFileName(file)), overwrite: true);
            }

            var outcome = await new SiteBuilder(paths) { Cache = cache }.BuildAsync();

            Assert.Equal(2, outcome.ExitCode);
            var error = Assert.Single(outcome.Diagnostics, d => d.Code == "ARC081");
            Assert.Contains(disk, error.Message, StringComparison.Ordinal);
            Assert.Equal(old, SiteCopy.Tree(paths.Output));
            Assert.Equal(["out"], Directory.GetFileSystemEntries(disk).Select(Path.GetFileName).Where(n => n != ".cache"));
            // The old site was compared above; in the cache, a 0-byte or temporary file is what a failed write leaves.
            var cacheFolder = Path.Combine(disk, ".cache");
            var leftovers = Directory.Exists(cacheFolder)
                ? Directory.GetFiles(cacheFolder, "*", SearchOption.AllDirectories).Where(f => new FileInfo(f).Length == 0 || f.EndsWith(".tmp", StringComparison.Ordinal))
                : [];
            Assert.Equal([], leftovers.Select(f => Path.GetRelativePath(disk, f)));
            Assert.DoesNotContain(Directory.GetDirectories(paths.Output, "*", SearchOption.AllDirectories), d => !Directory.EnumerateFileSystemEntries(d).Any());
        }
        finally
        {
            Run("umount", disk);
        }
    }

    private static bool Mount(string folder, string size) =>
        OperatingSystem.IsLinux() && Environment.UserName == "root" && Run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder);

    private static bool Run(string command, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments) { UseShellExecute = false, RedirectStandardError = true })!;
            if (!process.WaitForExit(10_000))
            {
                process.Kill();
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
