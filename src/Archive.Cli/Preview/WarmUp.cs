using Archive.Core.Analysis.Entities;
using Archive.Core.Building;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Normalization;

namespace Archive.Cli.Preview;

/// <summary>
/// Runs the readers and the entity tagger once on a capture of each format, discarding the results, while the
/// preview waits for the first edit. When the start-up build found every capture in the cache, none of that
/// code has run yet: compiling it and loading the tagger's model would otherwise fall on the first edit.
/// </summary>
internal static class WarmUp
{
    public static void Readers(BuildPaths paths, CancellationToken cancellationToken)
    {
        var settings = SiteBuilder.LoadSettings(paths.SiteFile, new List<Diagnostic>());
        var normaliser = new CaptureNormaliser(settings);
        var samples = Directory.Exists(paths.Input)
            ? Directory.EnumerateFiles(paths.Input, "*", SearchOption.AllDirectories)
                .Where(path => CaptureReaders.FormatOf(path) is not null)
                .GroupBy(path => CaptureReaders.FormatOf(path))
                .Select(group => group.First())
                .Take(3)
            : [];
        foreach (var path in samples)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var result = normaliser.Normalise(new CaptureFile(Path.GetFileName(path), File.ReadAllBytes(path)));
                _ = ArticleEntityExtractor.Default.Extract(result.Article);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
            {
                // A capture that cannot be read is the build's to report, not the warm-up's.
            }
        }
    }
}
