using Archive.Core.Building;
using Archive.Core.Caching;
using Archive.Core.Engine;
using Archive.Core.Output;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Reliability;

/// <summary>
/// Fault injection for the commit: the state on disk is copied at every step of a commit, as a build killed with
/// SIGKILL at that moment would leave it. Each copy, once the next command has run <see cref="SiteSink.Recover"/>,
/// must be the old site or the new one, byte for byte, with nothing staged left over. A new tree must hold that
/// even before recovery (its commit is one rename).
/// </summary>
public sealed class CommitFaultTests
{
    [Fact]
    public async Task An_in_place_commit_killed_at_any_step_recovers_to_the_old_or_the_new_site()
    {
        using var folder = SiteCopy.Make();
        var cache = BuildCache.InMemory();
        Assert.Equal(0, (await Builder(folder, cache).BuildAsync()).ExitCode);
        cache.TrustOutput = true; // a preview: the next build commits in place
        var old = SiteCopy.Tree(folder.Combine("out"));
        var changed = ChangeManyPages(folder);

        var snapshots = await BuildTakingSnapshots(folder, cache, changed);

        var fresh = await ColdBuild(folder);
        Assert.NotEqual(old, fresh);
        Assert.True(snapshots.Count >= 10, $"only {snapshots.Count} commit steps were seen");
        Assert.Contains(snapshots, s => s.Step.StartsWith("move ", StringComparison.Ordinal));
        Assert.Contains(snapshots, s => s.Step.StartsWith("delete ", StringComparison.Ordinal));
        var recoveredToOld = 0;
        foreach (var (step, output) in snapshots)
        {
            SiteSink.Recover(new OutputFolder(output));
            var tree = SiteCopy.Tree(output);
            Assert.True(tree.SequenceEqual(old) || tree.SequenceEqual(fresh), $"killed before '{step}': the output is neither the old nor the new site");
            Assert.False(Directory.Exists(output + ".archive-staging"), $"killed before '{step}': staging left over");
            recoveredToOld += tree.SequenceEqual(old) ? 1 : 0;
        }

        Assert.Equal(1, recoveredToOld); // only a kill before the journal is written keeps the old site
        Assert.Equal(fresh, SiteCopy.Tree(folder.Combine("out")));
    }

    [Fact]
    public async Task A_new_tree_killed_at_any_step_shows_the_old_or_the_new_site_even_before_recovery()
    {
        using var folder = SiteCopy.Make();
        Assert.Equal(0, (await Builder(folder, BuildCache.InMemory()).BuildAsync()).ExitCode);
        var old = SiteCopy.Tree(folder.Combine("out"));
        ChangeManyPages(folder);

        var snapshots = await BuildTakingSnapshots(folder, null, null);

        var fresh = await ColdBuild(folder);
        Assert.NotEmpty(snapshots);
        foreach (var (step, output) in snapshots)
        {
            var before = SiteCopy.Tree(output);
            Assert.True(before.SequenceEqual(old) || before.SequenceEqual(fresh), $"killed before '{step}': a mix is visible");
            SiteSink.Recover(new OutputFolder(output));
            Assert.Equal(before, SiteCopy.Tree(output));
            Assert.False(Directory.Exists(output + ".archive-staging"), $"killed before '{step}': staging left over");
        }
    }

    /// <summary>Edits that touch many pages: a new capture (new folders), a deleted one (stale files), a changed tag and title.</summary>
    private static List<string> ChangeManyPages(TempFolder folder)
    {
        var added = folder.Write("input/2020-02-02_new-story.md", "---\ntitle: A new story about the harbour\npublished: 2020-02-02\ntags: [Harbour works, Transport]\n---\nThe council approved new harbour works on Monday after a long debate.\n");
        var deleted = folder.Combine("input", "2021-11-09_library-archive.html");
        File.Delete(deleted);
        var sidecar = folder.Combine("input", "2019-06-03_harbour-bridge.txt.yml");
        File.WriteAllText(sidecar, "title: The bridge story, renamed\n" + File.ReadAllText(sidecar).Replace("Port Alder", "Bridges", StringComparison.Ordinal));
        return [added, deleted, sidecar];
    }

    private static async Task<List<(string Step, string Output)>> BuildTakingSnapshots(TempFolder folder, BuildCache? cache, IReadOnlyCollection<string>? changed)
    {
        var output = folder.Combine("out");
        var snapshots = new List<(string Step, string Output)>();
        var builder = new SiteBuilder(Paths(folder, "out")) { Cache = cache, ChangedFiles = changed, BeforeCommitStep = Snapshot };
        Assert.Equal(0, (await builder.BuildAsync()).ExitCode);
        return snapshots;

        void Snapshot(string step)
        {

            var copy = folder.Combine("kill-" + snapshots.Count.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), "out");
            foreach (var sibling in new[] { "", ".archive-staging", ".archive-old", ".archive-swapping" })
            {
                Copy(output + sibling, copy + sibling);
            }

            snapshots.Add((step, copy));
        }
    }

    private static async Task<Dictionary<string, string>> ColdBuild(TempFolder folder)
    {
        Assert.Equal(0, (await new SiteBuilder(Paths(folder, "cold")).BuildAsync()).ExitCode);
        return SiteCopy.Tree(folder.Combine("cold"));
    }

    private static void Copy(string source, string target)
    {
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
            return;
        }

        if (!Directory.Exists(source))
        {
            return;
        }

        SiteCopy.CopyDirectory(source, target);
    }

    private static SiteBuilder Builder(TempFolder folder, BuildCache? cache) => new(Paths(folder, "out")) { Cache = cache };

    private static BuildPaths Paths(TempFolder folder, string output) =>
        new(folder.Combine("input"), folder.Combine(output), folder.Combine("theme"), folder.Combine("site.yml"));
}
