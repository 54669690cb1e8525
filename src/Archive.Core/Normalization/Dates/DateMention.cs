namespace Archive.Core.Normalization.Dates;

/// <summary>A full day found in a string: where it is, how it was written.</summary>
/// <param name="Date">The day as written (no time-zone conversion).</param>
/// <param name="Index">Start of the match in the scanned string.</param>
/// <param name="Length">Length of the match.</param>
/// <param name="Kind">The written form.</param>
/// <param name="HasWeekday">Whether a weekday name stands right before it ("Tuesday, 5 November 2019").</param>
internal readonly record struct DateMention(DateOnly Date, int Index, int Length, DateFormatKind Kind, bool HasWeekday);
