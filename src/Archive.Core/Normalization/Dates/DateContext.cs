namespace Archive.Core.Normalization.Dates;

/// <summary>What the words right before a date say about it.</summary>
internal enum DateContext
{
    None,
    Published,
    Modified,
    Copyright,
    Today,

    /// <summary>An event, a deadline or a range ("until", "ab", "bis", "release"): not the article's own day.</summary>
    Event,
}
