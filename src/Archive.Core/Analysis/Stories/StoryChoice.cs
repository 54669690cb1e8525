using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>
/// Which capture of a story the page shows and which one names it.
/// Best: the most metadata (title, URL, publisher, published date, byline, standfirst); then a structured format
/// (saved HTML or a Markdown note over a text dump, whose body carries page noise); then the latest captured
/// (the newest version); then the longest body; then source path.
/// Anchor: the earliest captured, then source path, so that adding a later capture never changes the permalink.
/// An undated capture counts as older than any dated one: saving tools date what they save, so an undated capture
/// is most likely material the archive already held.
/// </summary>
public static class StoryChoice
{
    public static int Best(IReadOnlyList<Article> articles, IReadOnlyList<int> captures)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(captures);
        if (captures.Count == 1)
        {
            return captures[0]; // most stories have one capture; a preview asks again for all of them on every rebuild
        }

        return captures
            .OrderByDescending(i => MetadataCount(articles[i]))
            .ThenBy(i => articles[i].Format == CaptureFormat.Text ? 1 : 0)
            .ThenByDescending(i => articles[i].Captured ?? DateOnly.MinValue)
            .ThenByDescending(i => articles[i].Body.Sum(b => b.Text.Length))
            .ThenBy(i => articles[i].SourcePath, StringComparer.Ordinal)
            .First();
    }

    public static int Anchor(IReadOnlyList<Article> articles, IReadOnlyList<int> captures)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(captures);
        if (captures.Count == 1)
        {
            return captures[0];
        }

        return captures
            .OrderBy(i => articles[i].Captured ?? DateOnly.MinValue)
            .ThenBy(i => articles[i].SourcePath, StringComparer.Ordinal)
            .First();
    }

    private static int MetadataCount(Article a) =>
        (string.IsNullOrWhiteSpace(a.Title) ? 0 : 1) + (a.CanonicalUrl is null ? 0 : 1) + (a.SourceName is null ? 0 : 1) +
        (a.Published is null ? 0 : 1) + (a.Byline is null ? 0 : 1) + (a.Standfirst is null ? 0 : 1);
}
