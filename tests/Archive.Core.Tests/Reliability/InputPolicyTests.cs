using System.Diagnostics;
using Archive.Core.Building;
using Archive.Core.Engine;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Reliability;

/// <summary>
/// What a build follows in input/ (docs/reliability.md): links to folders never, links to files only when they
/// resolve to a regular file inside input/, and no pipe, socket or device. Each refusal is a warning; no build
/// hangs. Linux only (symbolic links and pipes as a user makes them there).
/// </summary>
public sealed class InputPolicyTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task Links_to_folders_are_not_followed_so_a_loop_ends_and_each_capture_is_built_once()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic link loops are tested on Linux");
        using var folder = SiteCopy.Make();
        var captures = Directory.GetFiles(folder.Combine("input"), "*.*", SearchOption.AllDirectories).Count(f => !f.EndsWith(".yml", StringComparison.Ordinal));
        File.CreateSymbolicLink(folder.Combine("input", "a"), ".");
        File.CreateSymbolicLink(folder.Combine("input", "b"), ".");
        File.CreateSymbolicLink(folder.Combine("input", "loop"), "..");

        var outcome = await Build(folder);

        Assert.Equal(captures, outcome.Report.Count);
        Assert.Equal(3, outcome.Diagnostics.Count(d => d.Code == "ARC070"));
        Assert.Contains(outcome.Diagnostics, d => d.Code == "ARC070" && d.File == "loop");
    }

    [SkippableFact]
    public async Task A_link_to_a_file_outside_the_input_folder_is_not_published()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links are tested on Linux");
        using var folder = SiteCopy.Make();
        var secret = folder.Write("secret/passwd", "root:x:0:0:root:/root:/bin/bash\n\nA second paragraph long enough to look like a body.\n");
        File.CreateSymbolicLink(folder.Combine("input", "p.txt"), secret);
        File.CreateSymbolicLink(folder.Combine("input", "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(folder.Combine("input", "dangling.txt"), folder.Combine("input", "nothing-here.txt"));

        var outcome = await Build(folder);

        Assert.True(outcome.ExitCode <= 1);
        Assert.DoesNotContain(Directory.GetFiles(folder.Combine("out"), "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("root:x:0", StringComparison.Ordinal));
        foreach (var name in new[] { "p.txt", "zero.txt", "dangling.txt" })
        {
            Assert.Contains(outcome.Diagnostics, d => d.Code == "ARC070" && d.File == name);
            Assert.DoesNotContain(outcome.Report, e => e.Path == name);
        }
    }

    [SkippableFact]
    public async Task A_link_to_a_capture_inside_the_input_folder_is_read()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links are tested on Linux");
        using var folder = SiteCopy.Make();
        Directory.CreateDirectory(folder.Combine("input", "elsewhere"));
        File.CreateSymbolicLink(folder.Combine("input", "elsewhere", "linked.txt"), "../2014-04-17_geneva-talks.txt");

        var outcome = await Build(folder);

        Assert.Contains(outcome.Report, e => e.Path == "elsewhere/linked.txt" && e.Status != "failed");
    }

    [SkippableTheory]
    [InlineData("input/pipe.txt")]
    [InlineData("input/2014-04-17_geneva-talks.txt.yml")]
    public async Task A_named_pipe_as_a_capture_or_sidecar_is_refused_without_hanging(string pipe)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "named pipes are tested on Linux");
        using var folder = SiteCopy.Make();
        MakeFifo(folder.Combine(pipe));

        var outcome = await Build(folder);

        Assert.Contains(outcome.Diagnostics, d => d.Code == "ARC070" && d.File == pipe["input/".Length..]);
        Assert.True(File.Exists(folder.Combine("out", "index.html")));
    }

    [SkippableFact]
    public async Task A_named_pipe_as_the_site_file_is_a_configuration_error_without_hanging()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "named pipes are tested on Linux");
        using var folder = SiteCopy.Make();
        File.Delete(folder.Combine("site.yml"));
        MakeFifo(folder.Combine("site.yml"));

        var outcome = await Build(folder);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "ARC071");
    }

    [SkippableFact]
    public async Task Link_loops_and_pipes_in_the_theme_do_not_hang_the_build()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links and pipes are tested on Linux");
        using var folder = SiteCopy.Make();
        File.CreateSymbolicLink(folder.Combine("theme", "assets", "loop"), ".");
        MakeFifo(folder.Combine("theme", "assets", "pipe.css"));
        MakeFifo(folder.Combine("theme", "partials", "pipe.sbn"));

        var outcome = await Build(folder);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Empty(Directory.GetFiles(folder.Combine("out", "assets"), "pipe*"));
    }

    private static async Task<BuildOutcome> Build(TempFolder folder)
    {
        var build = new SiteBuilder(new BuildPaths(folder.Combine("input"), folder.Combine("out"), folder.Combine("theme"), folder.Combine("site.yml"))).BuildAsync();
        return await build.WaitAsync(Bound); // a hang fails the test instead of stalling the run
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        Assert.True(process.WaitForExit(10_000), "mkfifo did not finish");
        Assert.Equal(0, process.ExitCode);
    }
}
