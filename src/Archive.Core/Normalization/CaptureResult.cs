using Archive.Core.Diagnostics;
using Archive.Core.Model;

namespace Archive.Core.Normalization;

/// <summary>What a reader makes of one capture: the article, what it dropped and why, and any problems.</summary>
public sealed record CaptureResult(Article Article, IReadOnlyList<DroppedBlock> Dropped, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static CaptureResult Of(Article article) => new(article, [], []);
}
