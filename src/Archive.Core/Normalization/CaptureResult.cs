using Archive.Core.Diagnostics;
using Archive.Core.Model;

namespace Archive.Core.Normalization;

/// <summary>What a reader makes of one capture: the article, what it dropped and why, and any problems.</summary>
public sealed record CaptureResult(Article Article, IReadOnlyList<DroppedBlock> Dropped, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>What the capture holds beside the page (MHTML parts), by URL, for the images of the article; empty for plain files.</summary>
    public IReadOnlyList<CaptureResource> Resources { get; init; } = [];

    public static CaptureResult Of(Article article) => new(article, [], []);
}
