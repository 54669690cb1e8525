namespace Archive.Core.Synthetic;

/// <summary>What to generate: <see cref="Count"/> captures published between <see cref="FirstYear"/> and <see cref="LastYear"/>, fixed by <see cref="Seed"/>.</summary>
public sealed record SyntheticOptions
{
    public int Count { get; init; } = 100;

    public ulong Seed { get; init; } = 1;

    public int FirstYear { get; init; } = 2005;

    public int LastYear { get; init; } = 2024;

    /// <summary>Percent of captures that capture an earlier story again, some days later, in any format.</summary>
    public int RepeatedPercent { get; init; }

    /// <summary>Percent of captures that carry an earlier story's text under another publisher (a wire story).</summary>
    public int SyndicatedPercent { get; init; }
}
