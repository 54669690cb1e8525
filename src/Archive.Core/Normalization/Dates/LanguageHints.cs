using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Archive.Core.Normalization.Dates;

/// <summary>Chooses how to read ambiguous slash dates from the page's declared language or its words.</summary>
internal static partial class LanguageHints
{
    private static readonly string[] EnglishWords = [" the ", " and ", " of ", " to ", " is ", " that ", " with "];

    /// <summary>From <c>&lt;html lang&gt;</c> / content-language: US English reads month first; everything else day first.</summary>
    public static DayMonthOrder FromDocument(IDocument document, string sampleText)
    {
        if (OrderEvidence(sampleText) is { } evidence)
        {
            return evidence;
        }

        var lang = document.DocumentElement?.GetAttribute("lang")
            ?? document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content")
            ?? document.QuerySelector("meta[property='og:locale']")?.GetAttribute("content");
        if (!string.IsNullOrWhiteSpace(lang))
        {
            var l = lang.Trim().ToLowerInvariant().Replace('_', '-');
            if (l is "en-us")
            {
                return DayMonthOrder.MonthFirst;
            }

            if (l.Length >= 2)
            {
                return DayMonthOrder.DayFirst;
            }
        }

        return GuessOrder(sampleText);
    }

    [GeneratedRegex(@"(?<![\d/])(?<a>[0-3]?\d)/(?<b>[0-3]?\d)/(?<y>(?:19|20)\d\d|\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SlashDate();

    /// <summary>
    /// From the page's own unambiguous slash dates (25/12/2019 is day first, 12/25/2019 month first);
    /// without evidence, day first, the more common order in the world's news.
    /// </summary>
    public static DayMonthOrder GuessOrder(string text)
    {
        return OrderEvidence(text) ?? DayMonthOrder.DayFirst;
    }

    /// <summary>The order the text's unambiguous slash dates show, or null when they show none.</summary>
    public static DayMonthOrder? OrderEvidence(string text)
    {
        var sample = text.Length > 300_000 ? text[..300_000] : text;
        var dayFirst = 0;
        var monthFirst = 0;
        try
        {
            for (var m = SlashDate().Match(sample); m.Success && dayFirst + monthFirst < 50; m = m.NextMatch())
            {
                var a = int.Parse(m.Groups["a"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                var b = int.Parse(m.Groups["b"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                var clock = DateExpressions.TwelveHourClockAt(sample, m.Index + m.Length);
                if (m.Groups["y"].Length == 2 && !clock)
                {
                    continue;
                }

                // An ambiguous slash day stamped with a 12-hour clock ("11/8/2023 10:46 PM") is the United States' order.
                if (clock && a <= 12 && b <= 12 && a != b)
                {
                    monthFirst++;
                }
                else if (a > 12 && b <= 12)
                {
                    dayFirst++;
                }
                else if (b > 12 && a <= 12)
                {
                    monthFirst++;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        return dayFirst > monthFirst ? DayMonthOrder.DayFirst : monthFirst > dayFirst ? DayMonthOrder.MonthFirst : null;
    }

    /// <summary>Month first when the text reads as English, day first otherwise.</summary>
    public static DayMonthOrder GuessByWords(string text)
    {
        var sample = text.Length > 20_000 ? text[..20_000] : text;
        var hits = 0;
        foreach (var word in EnglishWords)
        {
            var at = 0;
            while ((at = sample.IndexOf(word, at, StringComparison.OrdinalIgnoreCase)) >= 0 && hits < 1000)
            {
                hits++;
                at += word.Length;
            }
        }

        return hits * 1000 / Math.Max(1, sample.Length) >= 8 ? DayMonthOrder.MonthFirst : DayMonthOrder.DayFirst;
    }
}
