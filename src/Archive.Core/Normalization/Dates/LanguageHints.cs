using AngleSharp.Dom;

namespace Archive.Core.Normalization.Dates;

/// <summary>Chooses how to read ambiguous slash dates from the page's declared language or its words.</summary>
internal static class LanguageHints
{
    private static readonly string[] EnglishWords = [" the ", " and ", " of ", " to ", " is ", " that ", " with "];

    /// <summary>From <c>&lt;html lang&gt;</c> / content-language: US English reads month first; everything else day first.</summary>
    public static DayMonthOrder FromDocument(IDocument document, string sampleText)
    {
        var lang = document.DocumentElement?.GetAttribute("lang")
            ?? document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content")
            ?? document.QuerySelector("meta[property='og:locale']")?.GetAttribute("content");
        if (!string.IsNullOrWhiteSpace(lang))
        {
            var l = lang.Trim().ToLowerInvariant().Replace('_', '-');
            if (l is "en-us" or "en")
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

    /// <summary>Month first when the text reads as English, day first otherwise.</summary>
    public static DayMonthOrder GuessOrder(string text)
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
