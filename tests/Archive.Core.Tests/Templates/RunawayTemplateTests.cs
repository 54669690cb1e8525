using Archive.Core.Building;
using Archive.Core.Caching;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Rendering;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Templates;

/// <summary>
/// Templates that would never finish, or fail while rendering: the build stops with exit 2 and one error naming the
/// template file, line and column, and the previous site is left as it was. Every build here is awaited with a
/// bound, so a template that still runs forever fails its test instead of hanging the run.
/// </summary>
public sealed class RunawayTemplateTests
{
    /// <summary>Far above a build of the small site (about a second), far below a hung CI run.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_layout_that_loops_forever_is_stopped_at_its_loop_and_the_site_is_kept()
    {
        using var folder = SiteCopy.Make();

        await AssertStoppedAsync(folder, () => Append(folder, "layouts/home.sbn", "{{ while true }}{{ end }}"), "ARC043", "layouts/home.sbn", 4);
    }

    [Fact]
    public async Task A_partial_that_renders_itself_is_stopped_at_the_call_that_went_too_deep()
    {
        using var folder = SiteCopy.Make();

        await AssertStoppedAsync(
            folder,
            () =>
            {
                folder.Write("theme/partials/again.sbn", "<div>\n{{ partial \"again\" }}\n</div>\n");
                Append(folder, "layouts/home.sbn", "{{ partial \"again\" }}");
                return 2;
            },
            "ARC044",
            "partials/again.sbn",
            4);
    }

    [Fact]
    public async Task A_template_function_that_calls_itself_is_stopped_like_a_recursive_partial()
    {
        using var folder = SiteCopy.Make();

        await AssertStoppedAsync(folder, () => Append(folder, "layouts/home.sbn", "{{ func deeper(n)\n  deeper(n + 1)\nend }}{{ deeper 0 }}") + 1, "ARC044", "layouts/home.sbn", 3);
    }

    [Fact]
    public async Task A_call_to_a_function_that_does_not_exist_is_a_positioned_error_not_a_crash()
    {
        using var folder = SiteCopy.Make();

        await AssertStoppedAsync(folder, () => Append(folder, "layouts/home.sbn", "<p>{{ no_such_function 1 2 }}</p>"), "ARC042", "layouts/home.sbn", 7);
    }

    [Fact]
    public async Task A_template_that_writes_without_end_is_stopped_at_the_output_limit()
    {
        using var folder = SiteCopy.Make();
        var hundred = new string('x', 100);

        await AssertStoppedAsync(folder, () => Append(folder, "layouts/home.sbn", "{{ for i in 1..1000000 }}" + hundred + "{{ end }}"), "ARC045", "layouts/home.sbn", column: null);
    }

    [Fact]
    public async Task A_runaway_template_leaves_no_output_folder_when_there_was_none()
    {
        using var folder = SiteCopy.Make();
        var line = Append(folder, "layouts/article.sbn", "{{ while true }}{{ end }}");

        var outcome = await BuildAsync(folder);

        Assert.Equal(2, outcome.ExitCode);
        var error = Assert.Single(outcome.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("ARC043", line), (error.Code, error.Line));
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Fact]
    public async Task A_preview_rebuild_of_a_runaway_template_fails_and_the_edit_that_fixes_it_rebuilds()
    {
        using var folder = SiteCopy.Make();
        var cache = BuildCache.InMemory();
        Assert.Equal(0, (await BuildAsync(folder, cache)).ExitCode);
        cache.TrustOutput = true;
        var good = SiteCopy.Tree(folder.Combine("out"));
        var layout = folder.Combine("theme", "layouts", "home.sbn");
        var original = File.ReadAllText(layout);
        var line = Append(folder, "layouts/home.sbn", "{{ while true }}{{ end }}");

        var broken = await BuildAsync(folder, cache, [layout]);
        File.WriteAllText(layout, original);
        var fixedBuild = await BuildAsync(folder, cache, [layout]);

        Assert.Equal(2, broken.ExitCode);
        Assert.Contains(broken.Diagnostics, d => d.Code == "ARC043" && d.Line == line);
        Assert.Equal(0, fixedBuild.ExitCode);
        Assert.Equal(good, SiteCopy.Tree(folder.Combine("out")));
    }

    /// <summary>
    /// Builds the site, breaks it with <paramref name="breakTheme"/> (which returns the line the error must name),
    /// builds again and checks the failure and that the first build's output is untouched.
    /// </summary>
    private static async Task AssertStoppedAsync(TempFolder folder, Func<int> breakTheme, string code, string file, int? column)
    {
        Assert.Equal(0, (await BuildAsync(folder)).ExitCode);
        var before = SiteCopy.Tree(folder.Combine("out"));
        var line = breakTheme();

        var outcome = await BuildAsync(folder);

        Assert.Equal(2, outcome.ExitCode);
        var error = Assert.Single(outcome.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(code, error.Code);
        Assert.EndsWith("theme/" + file, error.File, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        if (column is not null)
        {
            Assert.Equal(column, error.Column);
        }

        Assert.Equal(before, SiteCopy.Tree(folder.Combine("out")));
    }

    /// <summary>Appends a template line to a theme file and returns its line number.</summary>
    private static int Append(TempFolder folder, string themeFile, string text)
    {
        var path = folder.Combine("theme", themeFile);
        var content = File.ReadAllText(path).TrimEnd('\n') + "\n";
        File.WriteAllText(path, content + text + "\n");
        return content.Count(c => c == '\n') + 1;
    }

    /// <summary>
    /// The default site with the per-page time limit out of the way: a loaded machine can take more than its 5 s to
    /// reach the loop or output limit these tests are about (RenderTimeLimitTests checks the time limit). Below
    /// <see cref="Bound"/>, so a template that ran away from every limit still fails here.
    /// </summary>
    private static readonly ArchiveSite Site = ArchiveSite.CreateDefault().UseRenderLimits(new RenderLimits { MaxRenderTime = TimeSpan.FromSeconds(45) });

    /// <summary>Builds serially (a runaway spins one core, not all), on the pool, and gives up after <see cref="Bound"/>.</summary>
    private static Task<BuildOutcome> BuildAsync(TempFolder folder, BuildCache? cache = null, IReadOnlyCollection<string>? changed = null)
    {
        var paths = new BuildPaths(folder.Combine("input"), folder.Combine("out"), folder.Combine("theme"), folder.Combine("site.yml"));
        var builder = new SiteBuilder(paths, Site) { Cache = cache, ChangedFiles = changed, Parallelism = new Parallelism(1) };
        return Task.Run(() => builder.BuildAsync()).WaitAsync(Bound);
    }
}
