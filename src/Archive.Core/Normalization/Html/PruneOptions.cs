using AngleSharp.Dom;

namespace Archive.Core.Normalization.Html;

/// <summary>How strict one extraction pass is, and the elements a source's selectors name.</summary>
internal sealed record PruneOptions(IReadOnlySet<IElement> Drop, IReadOnlySet<IElement> Keep)
{
    /// <summary>Remove elements whose class or id names page chrome before scoring.</summary>
    public bool StripUnlikely { get; init; } = true;

    /// <summary>Let class and id hints weigh on candidate scores.</summary>
    public bool UseClassWeights { get; init; } = true;

    /// <summary>Remove link lists, tiny boxes and chrome-named boxes inside the chosen content.</summary>
    public bool CleanConditionally { get; init; } = true;

    /// <summary>The weights and thresholds of the scorer and the cleaner.</summary>
    public ContentScoring Scoring { get; init; } = ContentScoring.Default;
}
