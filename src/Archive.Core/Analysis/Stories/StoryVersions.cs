using System.Globalization;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>
/// The texts a story had over time. Only captures of the best capture's format are compared: a saved page and a text
/// dump of the same text differ by what each reader keeps (a dump's body carries page noise), which is not a change
/// the publisher made. Those captures, earliest captured first (undated first, as for the anchor; then source path),
/// make a new version whenever the headline or a body paragraph differs from the capture before; captures of one text
/// in a row are one version. Fewer than two versions: none (the story never changed).
/// </summary>
public static class StoryVersions
{
    public static IReadOnlyList<StoryVersion> Of(IReadOnlyList<Article> articles, IReadOnlyList<int> captures, int best)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(captures);
        var format = articles[best].Format;
        var ordered = captures
            .Where(i => articles[i].Format == format)
            .OrderBy(i => articles[i].Captured ?? DateOnly.MinValue)
            .ThenBy(i => articles[i].SourcePath, StringComparer.Ordinal)
            .ToList();
        var texts = new List<(Article First, List<string> Paths)>();
        foreach (var i in ordered)
        {
            var article = articles[i];
            if (texts.Count > 0 && SameText(texts[^1].First, article))
            {
                texts[^1].Paths.Add(article.SourcePath);
            }
            else
            {
                texts.Add((article, [article.SourcePath]));
            }
        }

        if (texts.Count < 2)
        {
            return [];
        }

        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var versions = new List<StoryVersion>(texts.Count);
        foreach (var (first, paths) in texts)
        {
            var day = first.Captured?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            var seen = used.GetValueOrDefault(day) + 1;
            used[day] = seen;
            var key = seen == 1 ? day : day + "-" + seen.ToString(CultureInfo.InvariantCulture);
            versions.Add(new StoryVersion(key, first.Captured, paths, first.Title, first.Body));
        }

        return versions;
    }

    private static bool SameText(Article a, Article b) =>
        string.Equals(a.Title, b.Title, StringComparison.Ordinal) &&
        a.Body.Count == b.Body.Count &&
        a.Body.Zip(b.Body).All(p => string.Equals(p.First.Text, p.Second.Text, StringComparison.Ordinal));
}
