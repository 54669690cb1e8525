namespace Archive.Core.Normalization.Dates;

/// <summary>A day the page states, with where it was found and what it claims to be.</summary>
/// <param name="Date">The day as stated (a timestamp's own offset kept, never converted).</param>
/// <param name="Source">Where it was found.</param>
/// <param name="Role">Publication, modification or unknown.</param>
/// <param name="IsUtc">The value was a timestamp written in UTC (Z or +00:00), whose day may differ from the local one.</param>
internal readonly record struct DateCandidate(DateOnly Date, DateSource Source, DateRole Role, bool IsUtc = false);
