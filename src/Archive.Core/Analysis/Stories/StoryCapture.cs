using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>What story identity reads of one capture: its URL key, its publisher and a signature of its body.</summary>
internal sealed class StoryCapture
{
    /// <param name="shingles">The body's distinct shingles, in ascending order.</param>
    public StoryCapture(int index, Article article, ulong[] shingles, ShingleFrequency frequency, StoryOptions options)
    {
        Index = index;
        Article = article;
        UrlKey = CanonicalUrl.Key(article.CanonicalUrl);
        Host = CanonicalUrl.HostOf(article.CanonicalUrl);
        Source = SourceKey(article.SourceName);
        TitleKey = TitleKeyOf(article.Title);
        ShingleCount = shingles.Length;
        // A body too short to tell stories apart ("Body text.", a one-line note) is no evidence of sameness, equal or not.
        BodyHash = shingles.Length < options.MinShingles ? null : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(article.BodyText)));
        // Text that many captures share (template sentences, footers) says nothing about which story a body tells:
        // near-identity is judged on the rest, and a body with too little of it is no evidence either.
        Distinctive = Array.FindAll(shingles, s => frequency.Estimate(s) <= options.MaxShingleFrequency);
        Sketch = Distinctive.Length >= options.MinShingles ? MinHashSketch.Of(Distinctive) : null;
        Probes = Sketch is null ? [] : Distinctive.Take(options.Probes).ToArray();
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

    /// <summary>The body's shingles found in few captures (at most <see cref="StoryOptions.MaxShingleFrequency"/>), in ascending order.</summary>
    public ulong[] Distinctive { get; }

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
