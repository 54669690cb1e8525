using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Finds full days written in free text or attribute values: ISO, numeric (day-first, month-first,
/// two-digit years), month names in many languages, CJK and Vietnamese forms.
/// Month-only and year-only forms are ignored: they never give an exact day.
/// No regex has a wall-clock timeout (see <see cref="Timeout"/>); the catch blocks remain for the
/// default timeout a host process may set.
/// </summary>
internal static partial class DateExpressions
{
    // No wall-clock limit: these patterns have no nested quantifiers and inputs are capped, so they run in
    // linear time, and a timeout would make the output depend on how busy the machine is.
    private static readonly TimeSpan Timeout = System.Text.RegularExpressions.Regex.InfiniteMatchTimeout;

    // Month names are matched as any word and then looked up (MonthNames), which keeps the scan linear and fast;
    // the few names of two words (Levantine Arabic) have their own small alternation.
    private const string MonthWord = @"[\p{L}\p{M}]{2,20}";

    private static readonly string MultiWordMonths = string.Join(
        "|",
        MonthNames.AllNames.Where(n => n.Contains(' ', StringComparison.Ordinal)).Select(n => Regex.Escape(n).Replace("\\ ", "\\s+", StringComparison.Ordinal)));

    // A four-digit year ends at a non-digit, or runs straight into the next written day ("2. Mai 20193. Mai 2019": a
    // blog's published and updated days printed side by side, whose space a text dump lost); or an apostrophe and two
    // digits ("14 Feb '20").
    private const string YearEnd =
        @"(?:(?<y>(?:19|20)\d\d)(?:(?!\d)|(?=[0-3]?\d(?:\.|st|nd|rd|th)?\s*[\p{L}]{3}))|[’'‘](?<yy>\d\d)(?!\d))";

    // 4. November 2019, 4 nov. 2019, 04-Nov-2019, 4 de noviembre de 2019, 4th of November, 2019; a German-style day
    // ("22. Mai") may run on from a lowercase word whose space a dump lost ("Anna Muster22. Mai 2019").
    [GeneratedRegex(
        @"(?:(?<![\p{L}\p{N}])|(?<=(?-i:\p{Ll}))(?=[0-3]?\d\.\s))(?<d>[0-3]?\d)(?:\.|st|nd|rd|th|er|º|°|ª)?[\s\-/]*(?:(?:de|of|del)\s+)?(?<m>" + MonthWord +
        @")(?![\p{L}\p{M}])\.?,?[\s\-/]*(?:(?:de|del|du)\s+)?" + YearEnd,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    // Built on first use from the month table: only pages with Levantine month names need it.
    private static readonly Lazy<Regex> DayMultiWordMonthYear = new(() => new Regex(
        @"(?<![\p{L}\p{N}])(?<d>[0-3]?\d)\s*(?<m>" + MultiWordMonths + @")\s*,?\s*(?<y>(?:19|20)\d\d)(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        Timeout));

    // November 4, 2019; Nov. 4th 2019; Novembre 4 2019; Feb 14 '20. A Latin month may follow a word in another script
    // without a space ("<Gujarati word>Mar 28, 2020": a site name before the stamp, whose space a dump lost).
    [GeneratedRegex(
        @"(?:(?<![\p{L}\p{M}])|(?<=[\p{L}\p{M}])(?<![\u0000-\u024F\u1E00-\u1EFF])(?=[A-Za-z]))(?<m>" + MonthWord +
        @")\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d),?\s*" + YearEnd,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    // 2019. november 4. (Hungarian), 2019 November 4
    [GeneratedRegex(
        @"(?<!\d)(?<y>(?:19|20)\d\d)\.?\s+(?<m>" + MonthWord + @")\s+(?<d>[0-3]?\d)(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthDay();

    [GeneratedRegex(
        @"(?<![\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|" +
        @"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so|" +
        @"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|" +
        @"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|" +
        @"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?,?\s*(?:den\s+|le\s+|el\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    /// <summary>Every full day in <paramref name="text"/>, in order of position, overlapping matches removed.</summary>
    public static List<DateMention> FindAll(string text, DayMonthOrder order)
    {
        var found = new List<DateMention>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }

        // Cheap pre-checks: no digits, no date; no four-digit year, no textual date.
        if (!HasDigit(text))
        {
            return found;
        }

        try
        {
            if (HasYear(text) || HasApostropheYear(text))
            {
                AddTextual(found, DayMonthYear(), text);
                AddTextual(found, MonthDayYear(), text);
                AddTextual(found, YearMonthDay(), text);
                if (text.Contains("كانون", StringComparison.Ordinal) || text.Contains("تشرين", StringComparison.Ordinal))
                {
                    AddTextual(found, DayMultiWordMonthYear.Value, text);
                }
            }

            AddIso(found, text);
            AddNumeric(found, text, order);
            AddSpacedDotted(found, text);
            AddCjk(found, text);
            AddVietnamese(found, text);
        }
        catch (RegexMatchTimeoutException)
        {
            // Keep what was found before the timeout.
        }

        found.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        var result = new List<DateMention>(found.Count);
        var end = -1;
        foreach (var mention in found)
        {
            if (mention.Index >= end)
            {
                result.Add(mention with { HasWeekday = HasWeekdayBefore(text, mention.Index) });
                end = mention.Index + mention.Length;
            }
        }

        return result;
    }

    /// <summary>The first full day in a short value (an attribute, a meta content, a JSON-LD string).</summary>
    public static DateMention? First(string? value, DayMonthOrder order)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Length > 400 ? value[..400] : value;
        var all = FindAll(trimmed, order);
        return all.Count > 0 ? all[0] : null;
    }

    private static void AddTextual(List<DateMention> found, Regex regex, string text)
    {
        for (var m = regex.Match(text); m.Success; m = m.NextMatch())
        {
            var month = MonthNames.Lookup(m.Groups["m"].ValueSpan);
            if (month is null && m.Groups["m"].Index == m.Index && m.Length > 1)
            {
                // The word was no month, but a month may start inside it after a change of script
                // ("<Gujarati word>Mar 28, 2020"): look again from the next character.
                m = regex.Match(text, m.Index + 1);
                if (!m.Success)
                {
                    break;
                }

                month = MonthNames.Lookup(m.Groups["m"].ValueSpan);
            }

            if (month is null || !TryNumber(m.Groups["d"].ValueSpan, out var day) || !TryYear(m, out var year))
            {
                continue;
            }

            if (DateBounds.Make(year, month.Value, day) is { } date)
            {
                found.Add(new DateMention(date, m.Index, m.Length, DateFormatKind.Textual, false));
            }
        }
    }

    /// <summary>The four-digit year of a textual match, or its apostrophe year ("'20") expanded.</summary>
    private static bool TryYear(Match m, out int year)
    {
        if (m.Groups["y"].Success)
        {
            return TryNumber(m.Groups["y"].ValueSpan, out year);
        }

        year = 0;
        if (m.Groups["yy"] is { Success: true } yy && TryNumber(yy.ValueSpan, out var two) && DateBounds.ExpandTwoDigitYear(two) is { } expanded)
        {
            year = expanded;
            return true;
        }

        return false;
    }

    private static void AddIso(List<DateMention> found, string text)
    {
        for (var m = IsoDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (TryNumber(m.Groups["y"].ValueSpan, out var year) && TryNumber(m.Groups["m"].ValueSpan, out var month)
                && TryNumber(m.Groups["d"].ValueSpan, out var day) && DateBounds.Make(year, month, day) is { } date)
            {
                var kind = m.Groups["s"].Value == "-" ? DateFormatKind.Iso : DateFormatKind.Numeric;
                found.Add(new DateMention(date, m.Index, m.Length, kind, false));
            }
        }
    }

    private static void AddNumeric(List<DateMention> found, string text, DayMonthOrder order)
    {
        for (var m = NumericDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (!TryNumber(m.Groups["a"].ValueSpan, out var a) || !TryNumber(m.Groups["b"].ValueSpan, out var b)
                || !TryNumber(m.Groups["y"].ValueSpan, out var year))
            {
                continue;
            }

            var separator = m.Groups["s"].Value;
            var kind = DateFormatKind.Numeric;
            if (m.Groups["y"].Length == 2)
            {
                // Two-digit years in the dotted European form (04.11.19), and with slashes when the day cannot be read
                // the other way (30/10/23, 10/30/23; not 02/11/23, whose order the page may not show).
                // A slash day followed by a 12-hour clock ("11/08/23 5:19pm") is a stamp, read in the page's order (which
                // such clocks make month first when the page shows no other, see LanguageHints.OrderEvidence).
                var slashUnambiguous = separator == "/" && (a > 12 || b > 12 || a == b || TwelveHourClockAt(text, m.Index + m.Length));
                if ((separator != "." && !slashUnambiguous) || DateBounds.ExpandTwoDigitYear(year) is not { } expanded)
                {
                    continue;
                }

                year = expanded;
                kind = DateFormatKind.NumericShortYear;
            }

            int day, month;
            if (separator == ".")
            {
                (day, month) = (a, b);
            }
            else if (a > 12 && b <= 12)
            {
                (day, month) = (a, b);
            }
            else if (b > 12 && a <= 12)
            {
                (day, month) = (b, a);
            }
            else
            {
                (day, month) = order == DayMonthOrder.MonthFirst ? (b, a) : (a, b);
                if (a != b)
                {
                    kind = DateFormatKind.NumericAmbiguous;
                }
            }

            if (DateBounds.Make(year, month, day) is { } date)
            {
                found.Add(new DateMention(date, m.Index, m.Length, kind, false));
            }
        }
    }

    /// <summary>
    /// True when a 12-hour clock follows at <paramref name="at"/>, after at most a separator or "at"
    /// (" 5:19pm", ", 10:46 PM", " at 9:05 a.m.", " • 5:19 pm").
    /// </summary>
    internal static bool TwelveHourClockAt(string text, int at)
    {
        var rest = text.AsSpan(at, Math.Min(24, text.Length - at)).TrimStart(" ,•·|-–@\t");
        if (rest.StartsWith("at ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[3..].TrimStart(' ');
        }

        var i = 0;
        while (i < rest.Length && i < 2 && char.IsAsciiDigit(rest[i]))
        {
            i++;
        }

        // The hour of a 12-hour clock is 1 to 12 ("20:26 PM" is a 24-hour time with a stray suffix, no sign of an order).
        if (i == 0 || i + 3 > rest.Length || rest[i] != ':' || !char.IsAsciiDigit(rest[i + 1]) || !char.IsAsciiDigit(rest[i + 2])
            || !TryNumber(rest[..i], out var hour) || hour is < 1 or > 12)
        {
            return false;
        }

        var suffix = rest[(i + 3)..].TrimStart(' ');
        if (suffix.Length < 2 || char.ToLowerInvariant(suffix[0]) is not ('a' or 'p'))
        {
            return false;
        }

        var m = suffix[1] == '.' && suffix.Length >= 3 ? suffix[2] : suffix[1];
        var next = suffix[1] == '.' && suffix.Length >= 3 ? 3 : 2;
        return char.ToLowerInvariant(m) == 'm' && (suffix.Length == next || !char.IsLetter(suffix[next]));
    }

    /// <summary>Dotted day-first days with a space after a dot, as Czech, Slovak and Polish pages write them ("13. 1. 2020").</summary>
    private static void AddSpacedDotted(List<DateMention> found, string text)
    {
        if (!text.Contains(". ", StringComparison.Ordinal))
        {
            return;
        }

        for (var m = SpacedDottedDate().Match(text); m.Success; m = m.NextMatch())
        {
            if ((m.Groups["s1"].Length > 0 || m.Groups["s2"].Length > 0)
                && TryNumber(m.Groups["d"].ValueSpan, out var day) && TryNumber(m.Groups["m"].ValueSpan, out var month)
                && TryNumber(m.Groups["y"].ValueSpan, out var year) && DateBounds.Make(year, month, day) is { } date)
            {
                found.Add(new DateMention(date, m.Index, m.Length, DateFormatKind.Numeric, false));
            }
        }
    }

    private static void AddCjk(List<DateMention> found, string text)
    {
        if (text.AsSpan().IndexOfAny('年', '년') < 0)
        {
            return;
        }

        for (var m = CjkDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (TryNumber(m.Groups["y"].ValueSpan, out var year) && TryNumber(m.Groups["m"].ValueSpan, out var month)
                && TryNumber(m.Groups["d"].ValueSpan, out var day) && DateBounds.Make(year, month, day) is { } date)
            {
                found.Add(new DateMention(date, m.Index, m.Length, DateFormatKind.Textual, false));
            }
        }
    }

    private static void AddVietnamese(List<DateMention> found, string text)
    {
        if (!text.Contains("tháng", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        for (var m = VietnameseDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (TryNumber(m.Groups["y"].ValueSpan, out var year) && TryNumber(m.Groups["m"].ValueSpan, out var month)
                && TryNumber(m.Groups["d"].ValueSpan, out var day) && DateBounds.Make(year, month, day) is { } date)
            {
                found.Add(new DateMention(date, m.Index, m.Length, DateFormatKind.Textual, false));
            }
        }
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text holds four digits in a row starting 19 or 20 (any Unicode decimal digits).</summary>
    private static bool HasYear(string text)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsDigit(text[i]))
            {
                run++;
                if (run == 4)
                {
                    var century = (CharUnicodeInfo.GetDecimalDigitValue(text[i - 3]) * 10) + CharUnicodeInfo.GetDecimalDigitValue(text[i - 2]);
                    if (century is 19 or 20)
                    {
                        return true;
                    }
                }
            }
            else
            {
                run = 0;
            }
        }

        return false;
    }

    /// <summary>True when the text holds an apostrophe followed by two digits ("'20"): a year a textual day may end with.</summary>
    private static bool HasApostropheYear(string text)
    {
        for (var at = text.AsSpan().IndexOfAny('\'', '’', '‘'); at >= 0 && at + 2 < text.Length; )
        {
            if (char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2]))
            {
                return true;
            }

            var next = text.AsSpan(at + 1).IndexOfAny('\'', '’', '‘');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static bool HasWeekdayBefore(string text, int index)
    {
        var start = Math.Max(0, index - 24);
        try
        {
            return Weekday().IsMatch(text.AsSpan(start, index - start));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Parses ASCII or other Unicode decimal digits (Arabic-Indic, Devanagari, ...).</summary>
    internal static bool TryNumber(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 4)
        {
            return false;
        }

        foreach (var c in digits)
        {
            var d = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (d < 0)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    // 2019-11-04, 2019/11/04, 2019.11.04 (not part of a longer number or version string). A date may run straight
    // into another of its shape ("2019-11-172019-11-18"): a page's published and updated times printed side by side,
    // whose space a text dump loses.
    [GeneratedRegex(@"(?<![\d.\-/])(?<y>(?:19|20)\d\d)(?<s>[-/.])(?<m>[01]?\d)\k<s>(?<d>[0-3]?\d)(?:(?![\d]|[.\-/]\d)|(?=(?:19|20)\d\d\k<s>[01]?\d\k<s>[0-3]?\d(?!\d)))", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    // 04.11.2019, 04/11/2019, 11-04-2019, 04.11.19; also the first of two glued dates ("17/11/201918/11/2019", as above)
    [GeneratedRegex(@"(?<![\d.\-/])(?<a>[0-3]?\d)(?<s>[./-])(?<b>[0-3]?\d)\k<s>(?<y>(?:19|20)\d\d|\d\d)(?:(?![\d]|[.\-/]\d)|(?<=[.\-/](?:19|20)\d\d)(?=[0-3]?\d\k<s>[0-3]?\d\k<s>(?:19|20)\d\d(?!\d)))", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    // 13. 1. 2020, 14. 01. 2020, 13.1. 2020 (not 13.1.2020, which NumericDate reads)
    [GeneratedRegex(@"(?<![\d.])(?<d>[0-3]?\d)\.(?<s1> ?)(?<m>[01]?\d)\.(?<s2> ?)(?<y>(?:19|20)\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedDottedDate();

    // 2019年11月4日, 2019년 11월 4일
    [GeneratedRegex(@"(?<y>(?:19|20)\d\d)\s*[年년]\s*(?<m>[01]?\d)\s*[月월]\s*(?<d>[0-3]?\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CjkDate();

    // 4 tháng 11 năm 2019, 4 tháng 11, 2019
    [GeneratedRegex(@"(?<!\d)(?<d>[0-3]?\d)\s+tháng\s+(?<m>[01]?\d)(?:\s+năm|,)?\s+(?<y>(?:19|20)\d\d)(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseDate();
}
