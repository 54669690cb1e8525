using System.Text.RegularExpressions;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Weekdays that prose names as the day something happened ("on Sunday", "am Sonntag", "le dimanche"): news
/// reports the day of the week of recent events, so a day written elsewhere on the page (a caption's
/// "30 March 2014") that falls on that weekday is corroborated. A weekday written as part of a full date
/// ("Sunday, 30 March 2014") is that date's own label, not corroboration, and is skipped.
/// </summary>
internal static partial class WeekdayMentions
{
    [GeneratedRegex(
        @"(?<![\p{L}])(?:on|last|this|am|vergangenen|letzten|le|ce|el|este|op|afgelopen)\s+" +
        @"(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|" +
        @"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|" +
        @"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayInProse();

    /// <summary>The weekdays the text names as days of events, outside full dates.</summary>
    public static HashSet<DayOfWeek> In(IEnumerable<string> lines)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var line in lines)
        {
            foreach (Match match in WeekdayInProse().Matches(line))
            {
                var end = match.Index + match.Length;
                if (!StartsDate(line.AsSpan(end)) && DayOf(match.Groups["day"].ValueSpan) is { } day)
                {
                    days.Add(day);
                }
            }
        }

        return days;
    }

    /// <summary>"Sunday, 30 March 2014" or "Sunday 30 March": the weekday labels the date that follows.</summary>
    private static bool StartsDate(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(", ");
        if (rest.Length > 0 && char.IsAsciiDigit(rest[0]))
        {
            return true;
        }

        var word = 0;
        while (word < rest.Length && char.IsLetter(rest[word]))
        {
            word++;
        }

        return word > 0 && MonthNames.Lookup(rest[..word]) is not null;
    }

    private static DayOfWeek? DayOf(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[name.Length];
        name.ToLowerInvariant(lower);
        return lower switch
        {
            "monday" or "montag" or "lundi" or "lunes" or "maandag" => DayOfWeek.Monday,
            "tuesday" or "dienstag" or "mardi" or "martes" or "dinsdag" => DayOfWeek.Tuesday,
            "wednesday" or "mittwoch" or "mercredi" or "miércoles" or "woensdag" => DayOfWeek.Wednesday,
            "thursday" or "donnerstag" or "jeudi" or "jueves" or "donderdag" => DayOfWeek.Thursday,
            "friday" or "freitag" or "vendredi" or "viernes" or "vrijdag" => DayOfWeek.Friday,
            "saturday" or "samstag" or "samedi" or "sábado" or "zaterdag" => DayOfWeek.Saturday,
            "sunday" or "sonntag" or "dimanche" or "domingo" or "zondag" => DayOfWeek.Sunday,
            _ => null,
        };
    }
}
