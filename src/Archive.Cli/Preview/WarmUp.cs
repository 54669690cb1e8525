using Archive.Core.Analysis.Entities;
using Archive.Core.Analysis.Index;
using Archive.Core.Assets;
using Archive.Core.Building;
using Archive.Core.Caching;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Normalization;
using Archive.Core.Rendering;
using Archive.Core.Rendering.Feeds;
using Archive.Core.Rendering.Pages;

namespace Archive.Cli.Preview;

/// <summary>
/// Runs the readers, the entity tagger and the article template once on a capture of each format, discarding
/// the results, while the preview waits for the first edit. When the start-up build found every capture and
/// page in the cache, none of that code has run yet: compiling it and loading the tagger's model would
/// otherwise fall on the first edit.
/// </summary>
internal static class WarmUp
{
    public static void Readers(BuildPaths paths, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var settings = SiteBuilder.LoadSettings(paths.SiteFile, diagnostics);
        var readers = CaptureReaderRegistry.CreateDefault();
        var processor = new CaptureProcessor(settings, readers);
        var theme = Theme.Load(paths.Theme, AssetManifest.Load(paths.Theme).Url, diagnostics);
        var samples = InputScanner.Walk(paths.Input, readers).Captures
            .Select(entry => entry.FullPath)
            .GroupBy(path => readers.ReaderFor(path))
            .Select(group => group.First());
        foreach (var path in samples)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var result = processor.Process(new CaptureFile(Path.GetFileName(path), File.ReadAllBytes(path)));
                var article = result.Article with { Entities = ArticleEntityExtractor.Default.Extract(result.Article), Permalink = "/warm-up/" };
                BuildCache.Prepare(article);
                if (theme is not null)
                {
                    // Rendered in memory only: nothing is written.
                    var factory = new PageFactory(theme, settings, new ArchiveIndex([article]));
                    _ = new ArticlePages(factory).Render(article);
                    _ = AtomFeed.Write(factory, "warm-up", "/feed.xml", "/", [article]);
                    _ = JsonFeed.Write(factory, "/feed.json", [article]);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException or TemplateException)
            {
                // A capture that cannot be read, or a template that fails, is the build's to report, not the warm-up's.
            }
        }
    }
}
