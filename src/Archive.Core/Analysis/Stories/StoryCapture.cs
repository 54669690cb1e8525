using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>What story identity reads of one capture: its URL key, its publisher and a signature of its body.</summary>
internal sealed class StoryCapture
{
    public StoryCapture(int index, Article article, StoryOptions options)
    {
        Index = index;
        Article = article;
        UrlKey = CanonicalUrl.Key(article.CanonicalUrl);
        Host = CanonicalUrl.HostOf(article.CanonicalUrl);
        Source = SourceKey(article.SourceName);
        TitleKey = TitleKeyOf(article.Title);
        var body = article.BodyText;
        var shingles = Shingles.Of(body);
        ShingleCount = shingles.Count;
        // A body too short to tell stories apart ("Body text.", a one-line note) is no evidence of sameness, equal or not.
        BodyHash = shingles.Count < options.MinShingles ? null : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)));
        Sketch = shingles.Count >= options.MinShingles ? MinHashSketch.Of(shingles) : null;
        Probes = Sketch is null ? [] : shingles.Order().Take(options.Probes).ToArray();
    }

    public int Index { get; }

    /// <summary>The headline's words, lower-cased; null when it has fewer than three.</summary>
    public string? TitleKey { get; }

    public Article Article { get; }

    public string? UrlKey { get; }

    public string? Host { get; }

    public string? Source { get; }

    /// <summary>Same body, same hash: an exact duplicate.</summary>
    public string? BodyHash { get; }

    public int ShingleCount { get; }

    public MinHashSketch? Sketch { get; }

    /// <summary>The shingles of lowest hash: a sample of the body that a body holding it holds too.</summary>
    public IReadOnlyList<ulong> Probes { get; }

    /// <summary>The source name's letters and digits, lower-cased; null when it has none.</summary>
    private static string? SourceKey(string? name)
    {
        var key = new string((name ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return key.Length == 0 ? null : key;
    }

    private static string? TitleKeyOf(string title)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(title.ToLowerInvariant(), @"[\p{L}\p{N}]+").Select(m => m.Value).ToList();
        return words.Count >= 3 ? string.Join(' ', words) : null;
    }
}
