namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Fixed plausibility bounds for publication days. No clock: the upper bound is a constant, and callers
/// may narrow it with the latest date the page's own metadata states.
/// </summary>
internal static class DateBounds
{
    /// <summary>Earliest plausible publication day of a web article.</summary>
    public static readonly DateOnly Earliest = new(1995, 1, 1);

    /// <summary>Latest day accepted at all.</summary>
    public static readonly DateOnly Latest = new(2039, 12, 31);

    /// <summary>Builds a day from parts, or null when impossible or out of bounds.</summary>
    public static DateOnly? Make(int year, int month, int day)
    {
        if (year < Earliest.Year || year > Latest.Year || month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        if (day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        return date < Earliest || date > Latest ? null : date;
    }

    /// <summary>Expands a two-digit year (00–39 → 20xx, 95–99 → 19xx); null otherwise.</summary>
    public static int? ExpandTwoDigitYear(int year) => year switch
    {
        >= 0 and <= 39 => 2000 + year,
        >= 95 and <= 99 => 1900 + year,
        _ => null,
    };
}
