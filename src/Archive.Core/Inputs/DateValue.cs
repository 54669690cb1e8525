using System.Globalization;
using Archive.Core.Diagnostics;

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

    /// <summary>
    /// The date of a sidecar or front matter <paramref name="key"/>; a value that is not a date (2014-02-30, "last
    /// spring") is reported with the file, the key and the value, and is ignored.
    /// </summary>
    public static DateOnly? Parse(string? value, string key, string file, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var date = Parse(value);
        if (date is null && !string.IsNullOrWhiteSpace(value))
        {
            var shown = Text.TextCleaner.Clean(value.Length > 40 ? value[..40] + "…" : value).ReplaceLineEndings(" ");
            diagnostics.Add(Diagnostic.Warning("ARC017", $"{key}: '{shown}' is not a date (write it as 2014-03-30); it is ignored.", file));
        }

        return date;
    }
}
