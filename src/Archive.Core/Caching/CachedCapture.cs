using Archive.Core.Engine;
using Archive.Core.Diagnostics;
using Archive.Core.Images;
using Archive.Core.Model;

namespace Archive.Core.Caching;

/// <summary>
/// What normalising and analysing one capture produced: the analysed article (before archive-wide
/// resolution), its diagnostics and its build-report entry. A pure function of the cache key and of the image
/// files beside the capture that its figures name (<paramref name="Files"/>, their stamps when it was made).
/// </summary>
internal sealed record CachedCapture(string Key, Article Article, IReadOnlyList<Diagnostic> Diagnostics, BuildReport.Entry Report, IReadOnlyList<LocalFileStamp> Files);
