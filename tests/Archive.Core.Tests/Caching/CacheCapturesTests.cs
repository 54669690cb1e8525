using Archive.Core.Caching;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Modules;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Caching;

/// <summary>The capture cache as a wrapper: the modules it wraps run on a miss and are skipped, their results replayed, on a hit.</summary>
public sealed class CacheCapturesTests
{
    [Fact]
    public async Task A_capture_made_once_is_replayed_with_its_diagnostics_without_running_the_wrapped_modules()
    {
        using var folder = new TempFolder();
        folder.Write("input/story.md", "---\ntitle: Harbour reopens\npublished: 2020-01-02\n---\nThe harbour reopened on Thursday after repairs.\n");
        var cache = BuildCache.InMemory();
        var counting = new CountingModule();

        var first = await RunAsync(folder, cache, counting);
        var second = await RunAsync(folder, cache, counting);

        Assert.Equal(1, counting.Calls);
        Assert.Equal("Harbour reopens", Assert.Single(second.Documents).Article!.Title);
        Assert.Equal(first.Documents.Single().Article, second.Documents.Single().Article);
        Assert.Equal(["ARC999"], second.Diagnostics.Select(d => d.Code));
        Assert.Equal("built", second.Report.Single().Status);
    }

    [Fact]
    public async Task Without_a_cache_the_wrapped_modules_run_for_every_capture()
    {
        using var folder = new TempFolder();
        folder.Write("input/a.md", "---\ntitle: A\n---\nFirst body text.\n");
        folder.Write("input/b.md", "---\ntitle: B\n---\nSecond body text.\n");
        var counting = new CountingModule();
        var context = ModuleContext.For(folder, Phase.Input);
        var found = await context.Run(new FindCaptures());

        var made = await context.Run(new CacheCaptures(new NormaliseCaptures(), counting), found);
        await context.Run(new CacheCaptures(new NormaliseCaptures(), counting), found);

        Assert.Equal(["A", "B"], made.Select(d => d.Article!.Title));
        Assert.Equal(4, counting.Calls);
    }

    private static async Task<(IReadOnlyList<Document> Documents, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<BuildReport.Entry> Report)> RunAsync(
        TempFolder folder, BuildCache cache, CountingModule counting)
    {
        var context = ModuleContext.For(folder, Phase.Input);
        context.WithService(new CaptureCache(cache, settings: 1, new Archive.Core.Images.LocalImageFiles(folder.Combine("input"))));
        var found = await context.Run(new FindCaptures());
        var documents = await context.Run(new CacheCaptures(new NormaliseCaptures(), counting), found);
        return (documents, context.Diagnostics, context.Build.Report.Entries);
    }

    /// <summary>Counts the documents it sees and reports one warning for each, as an analysis step would.</summary>
    private sealed class CountingModule : DocumentModule
    {
        private int _calls;

        public int Calls => _calls;

        public override Func<Document, IExecutionContext, Document?> Begin(IExecutionContext context) => (document, context) =>
        {
            Interlocked.Increment(ref _calls);
            context.Report(Diagnostic.Warning("ARC999", "seen", document.Source));
            return document;
        };
    }
}
