using Archive.Core.Rendering;

namespace Archive.Core.Tests.Templates;

/// <summary>
/// The time limit, on a theme alone with a short limit: what the loop, depth and output limits let through (a loop
/// whose every step is slow, a recursion that branches) is stopped by the clock, at the template and line it was in.
/// </summary>
public sealed class RenderTimeLimitTests
{
    private static readonly RenderLimits Short = new() { MaxRenderTime = TimeSpan.FromMilliseconds(300) };

    [Fact]
    public async Task A_loop_whose_steps_each_take_long_is_stopped_by_the_clock()
    {
        using var folder = new TempFolder();
        var theme = Load(folder, "<h1>Home</h1>\n{{ s = \"ab\"\nwhile true\n  s = s + s\nend }}\n");

        var error = await RenderFailureAsync(theme);

        Assert.Equal("ARC046", error.Code);
        Assert.EndsWith("layouts/home.sbn", error.File, StringComparison.Ordinal);
        Assert.InRange(error.Line, 3, 4);
    }

    [Fact]
    public async Task A_recursion_that_branches_is_stopped_by_the_clock_inside_the_function()
    {
        using var folder = new TempFolder();
        var theme = Load(folder, "{{ func both(n)\n  if n < 60\n    both(n + 1)\n    both(n + 1)\n  end\nend }}\n{{ both 0 }}\n");

        var error = await RenderFailureAsync(theme);

        Assert.Equal("ARC046", error.Code);
        Assert.EndsWith("layouts/home.sbn", error.File, StringComparison.Ordinal);
        Assert.InRange(error.Line, 1, 6);
    }

    [Fact]
    public void A_page_rendered_after_a_runaway_on_the_same_thread_gets_its_own_time()
    {
        using var folder = new TempFolder();
        var theme = Load(folder, "{{ while true }}{{ end }}");
        folder.Write("theme/layouts/list.sbn", "<p>{{ heading }}</p>");
        var quick = Load(folder, "<p>fine</p>", reload: true);

        var failed = Assert.Throws<TemplateException>(() => theme.Render("home", Variables()));
        var html = quick.Render("list", new Dictionary<string, object?> { ["heading"] = "Heading" });

        Assert.Contains(failed.Diagnostic?.Code, new[] { "ARC043", "ARC046" });
        Assert.Equal("<main><p>Heading</p></main>", html);
    }

    private static Theme Load(TempFolder folder, string home, bool reload = false)
    {
        if (!reload)
        {
            folder.Write("theme/layouts/base.sbn", "<main>{{ content }}</main>");
            foreach (var layout in new[] { "article", "list", "terms" })
            {
                folder.Write($"theme/layouts/{layout}.sbn", "<p>{{ page }}</p>");
            }
        }

        folder.Write("theme/layouts/home.sbn", home);
        var diagnostics = new List<Diagnostics.Diagnostic>();
        var theme = Theme.Load(folder.Combine("theme"), url => url, diagnostics, Short);
        Assert.Empty(diagnostics);
        return theme!;
    }

    private static Dictionary<string, object?> Variables() => new() { ["page"] = "home" };

    private static async Task<Diagnostics.Diagnostic> RenderFailureAsync(Theme theme)
    {
        var render = Task.Run(() => theme.Render("home", Variables())).WaitAsync(TimeSpan.FromSeconds(60));
        var failure = await Assert.ThrowsAsync<TemplateException>(() => render);
        return failure.Diagnostic!;
    }
}
