using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Images;
using Archive.Core.Inputs;
using Archive.Core.Normalization;

namespace Archive.Core.Modules;

/// <summary>
/// Process: each capture read and made into an article by the build's <see cref="CaptureProcessor"/> (a service), in
/// parallel; the capture's bytes are dropped once normalised. A capture that breaks a reader is reported and left
/// out, never the build. A document that already holds an article (a page of a container, made by
/// <see cref="OpenContainers"/>) passes through.
/// </summary>
internal sealed class NormaliseCaptures : DocumentModule
{
    public override bool ReadsFiles => true;

    public override Func<Document, IExecutionContext, Document?> Begin(IExecutionContext context)
    {
        var processor = context.Build().Processor;
        var report = context.Build().Report;
        var images = context.Build().Images;
        return (document, context) =>
        {
            if (document.Article is not null)
            {
                return document;
            }

            var capture = document.Capture ?? Read(document.Input!);
            if (CaptureScreen.Reject(capture.Bytes) is { } reason)
            {
                context.Report(Diagnostic.Warning("ARC022", $"The file is {reason}; no page is made for it.", capture.Path));
                report.Skipped(capture.Path, reason);
                return null;
            }

            try
            {
                var result = processor.Process(capture);
                var diagnostics = result.Diagnostics.ToList();
                var article = images?.Resolve(result.Article, result.Resources, LocationOf(result), localFolder: true, kept: null, diagnostics.Add) ?? result.Article;
                foreach (var diagnostic in diagnostics)
                {
                    context.Report(diagnostic);
                }

                report.Normalised(capture.Path, result.Article.Title, result.Article.Body.Count, result.Dropped.Count);
                return document with { Article = article, Capture = null, Input = null };
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                context.Report(Diagnostic.Error("ARC020", $"The capture could not be read: {ex.GetType().Name}: {ex.Message}", capture.Path));
                report.Failed(capture.Path, ex.Message);
                return null;
            }
        };
    }

    /// <summary>Where the page was captured, for its relative image references: the snapshot's URL.</summary>
    private static string? LocationOf(CaptureResult result) => result.Resources.Count > 0 ? result.Article.CanonicalUrl : null;

    /// <summary>The capture the input walk found, with its sidecar.</summary>
    private static CaptureFile Read(InputEntry entry) =>
        new(entry.RelativePath, File.ReadAllBytes(entry.FullPath), entry.SidecarFullPath is null ? null : entry.RelativePath + ".yml",
            entry.SidecarFullPath is null ? null : File.ReadAllBytes(entry.SidecarFullPath));
}
