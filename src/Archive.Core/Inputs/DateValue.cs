using System.Globalization;

namespace Archive.Core.Inputs;

/// <summary>Parses the dates people write in sidecars and front matter: the day as written, no time zone shift.</summary>
public static class DateValue
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d"];

    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        // "2014-03-30T18:00:00+01:00" and "2014-03-30 18:00": the day is what the writer states.
        var cut = text.IndexOfAny(['T', ' ']);
        if (cut == 10)
        {
            text = text[..cut];
        }

        return DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
