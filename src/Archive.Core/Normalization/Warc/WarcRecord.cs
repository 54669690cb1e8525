namespace Archive.Core.Normalization.Warc;

/// <summary>
/// One WARC record (ISO 28500): its named header fields, and its block when the reader was asked for it and it is
/// within the decode cap; <see cref="Block"/> is null otherwise, with <see cref="Length"/> saying how long it was.
/// </summary>
internal sealed record WarcRecord(IReadOnlyDictionary<string, string> Headers, long Length, byte[]? Block, long Offset)
{
    /// <summary>
    /// The first bytes of a wanted block over the decode cap (its HTTP status line and headers, for a response), so
    /// that what it is can be told without holding it; null otherwise.
    /// </summary>
    public byte[]? Head { get; init; }

    public string? Type => Headers.GetValueOrDefault("WARC-Type");

    public string? TargetUri => Headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>', ' ');

    public string? ContentType => Headers.GetValueOrDefault("Content-Type");

    /// <summary>The day of WARC-Date (UTC), or null when it is missing or not a date.</summary>
    public DateOnly? Date =>
        DateTimeOffset.TryParse(Headers.GetValueOrDefault("WARC-Date"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? DateOnly.FromDateTime(date.UtcDateTime)
            : null;
}
