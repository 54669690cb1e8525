using System.Text.RegularExpressions;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Reads a machine-readable date value (ISO timestamp, a metadata string, a Unix time in seconds or
/// milliseconds) as the day it states. The offset is kept: 2019-11-05T23:30:00-05:00 is 2019-11-05.
/// </summary>
internal static partial class TimestampValue
{
    public static bool TryRead(string? value, DayMonthOrder order, out DateOnly date, out bool isUtc)
    {
        date = default;
        isUtc = false;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > 300)
        {
            trimmed = trimmed[..300];
        }

        try
        {
            var iso = LeadingIso().Match(trimmed);
            if (iso.Success)
            {
                if (DateExpressions.TryNumber(iso.Groups["y"].ValueSpan, out var y)
                    && DateExpressions.TryNumber(iso.Groups["m"].ValueSpan, out var m)
                    && DateExpressions.TryNumber(iso.Groups["d"].ValueSpan, out var d)
                    && DateBounds.Make(y, m, d) is { } day)
                {
                    date = day;
                    isUtc = iso.Groups["t"].Success && UtcSuffix().IsMatch(trimmed);
                    return true;
                }

                return false;
            }

            if (UnixTime().IsMatch(trimmed) && long.TryParse(trimmed, out var seconds))
            {
                if (trimmed.Length == 13)
                {
                    seconds /= 1000;
                }

                var instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
                if (DateBounds.Make(instant.Year, instant.Month, instant.Day) is { } day)
                {
                    date = day;
                    isUtc = true;
                    return true;
                }

                return false;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        if (DateExpressions.First(trimmed, order) is { } mention)
        {
            date = mention.Date;
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^\s*(?<y>\d{4})-?(?<m>\d\d)-?(?<d>\d\d)(?<t>[T\s]\d\d:?\d\d)?", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingIso();

    [GeneratedRegex(@"(?:Z|[+-]00:?00)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex UtcSuffix();

    [GeneratedRegex(@"^1\d{9}(?:\d{3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnixTime();
}
