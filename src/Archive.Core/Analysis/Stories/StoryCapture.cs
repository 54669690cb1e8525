using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>What story identity reads of one capture: its URL key, its publisher and a signature of its body.</summary>
internal sealed class StoryCapture(int index, Article article, StoryText text, StorySignature signature, StoryOptions options)
{
    public int Index { get; } = index;

    public StoryText Text { get; } = text;

    public StorySignature Signature { get; } = signature;

    /// <summary>The headline's words, lower-cased; null when it has fewer than three.</summary>
    public string? TitleKey => Text.TitleKey;

    public Article Article { get; } = article;

    public string? UrlKey => Text.UrlKey;

    public string? Host => Text.Host;

    public string? Source => Text.Source;

    /// <summary>Same body, same hash: an exact duplicate. A body too short to tell stories apart ("Body text.", a one-line note) is no evidence of sameness, equal or not.</summary>
    public string? BodyHash { get; } = text.Shingles.Length < options.MinShingles ? null : text.BodyHash;

    public int ShingleCount => Text.Shingles.Length;

    /// <summary>The body's shingles found in few captures (at most <see cref="StoryOptions.FrequencyBound"/>), in ascending order.</summary>
    public ulong[] Distinctive => Signature.Distinctive;

    public bool Sketched => Signature.Sketched;

    /// <summary>The shingles of lowest hash: a sample of the body that a body holding it holds too.</summary>
    public IReadOnlyList<ulong> Probes => Signature.Probes;

    public ulong[]? BandKeys => Signature.BandKeys;

    /// <summary>A text dump's sample of its whole text (<see cref="Stories.PageSample"/>); empty for other captures.</summary>
    public ulong[] PageSample => Text.PageSample;
}
