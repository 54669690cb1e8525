using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>What story identity reads of one capture: its URL key, its publisher and a signature of its body.</summary>
internal sealed class StoryCapture(int index, Article article, StoryText text, StorySignature signature, StoryOptions options)
{
    public int Index { get; } = index;

    /// <summary>The headline's words, lower-cased; null when it has fewer than three.</summary>
    public string? TitleKey => text.TitleKey;

    public Article Article { get; } = article;

    public string? UrlKey => text.UrlKey;

    public string? Host => text.Host;

    public string? Source => text.Source;

    /// <summary>Same body, same hash: an exact duplicate. A body too short to tell stories apart ("Body text.", a one-line note) is no evidence of sameness, equal or not.</summary>
    public string? BodyHash { get; } = text.Shingles.Length < options.MinShingles ? null : text.BodyHash;

    public int ShingleCount => text.Shingles.Length;

    /// <summary>The body's shingles found in few captures (at most <see cref="StoryOptions.MaxShingleFrequency"/>), in ascending order.</summary>
    public ulong[] Distinctive => signature.Distinctive;

    public MinHashSketch? Sketch => signature.Sketch;

    /// <summary>The shingles of lowest hash: a sample of the body that a body holding it holds too.</summary>
    public IReadOnlyList<ulong> Probes => signature.Probes;

    public ulong[]? BandKeys => signature.BandKeys;
}
