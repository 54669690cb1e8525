using System.Globalization;
using System.Text;
using Archive.Core.Analysis.Index;

namespace Archive.Core.Rendering.Charts;

/// <summary>
/// Articles per month as an inline SVG bar chart: no script, readable without CSS (each bar has a
/// title), described for screen readers, coloured by the theme through the <c>chart</c> classes.
/// </summary>
public static class MonthlyChart
{
    private const int BarWidth = 10;
    private const int Gap = 2;
    private const int Height = 80;
    private const int LabelHeight = 16;

    // One year's chart has room for wide bars, each labelled with its month's short name.
    private const int MonthBarWidth = 24;
    private const int MonthGap = 6;

    /// <summary>Every month from the first to the last of <paramref name="years"/> (newest-first periods), empty months included.</summary>
    public static RawHtml? Render(IReadOnlyList<DatePeriod> years, string description)
    {
        ArgumentNullException.ThrowIfNull(years);
        var months = years.SelectMany(y => y.Children).ToDictionary(m => (m.Year, m.Month!.Value), m => m);
        if (months.Count == 0)
        {
            return null;
        }

        var first = years.Min(y => y.Year);
        var last = years.Max(y => y.Year);
        var slots = new List<(int Year, int Month, DatePeriod? Period)>();
        for (var year = first; year <= last; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                slots.Add((year, month, months.GetValueOrDefault((year, month))));
            }
        }

        var oneYear = first == last;
        var barWidth = oneYear ? MonthBarWidth : BarWidth;
        var step = barWidth + (oneYear ? MonthGap : Gap);
        var labelEvery = Math.Max(1, (int)Math.Ceiling((last - first + 1) / 8.0));
        var max = Math.Max(1, slots.Max(s => s.Period?.Articles.Count ?? 0));
        var width = slots.Count * step;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {width} {Height + LabelHeight}\" preserveAspectRatio=\"xMinYMax meet\" role=\"group\" aria-label=\"{Html.Escape(description)}\">");
        for (var i = 0; i < slots.Count; i++)
        {
            var (year, month, period) = slots[i];
            var count = period?.Articles.Count ?? 0;
            var x = i * step;
            var barHeight = count == 0 ? 0 : Math.Max(2, (int)Math.Round(count * (double)Height / max));
            var label = new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            if (period is not null)
            {
                var text = $"{label}: {count} article{(count == 1 ? "" : "s")}";
                svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{period.Url}\" aria-label=\"{text}\"><title>{text}</title><rect class=\"chart-bar\" x=\"{x}\" y=\"{Height - barHeight}\" width=\"{barWidth}\" height=\"{barHeight}\"/></a>");
            }

            if (oneYear)
            {
                var name = new DateOnly(year, month, 1).ToString("MMM", CultureInfo.InvariantCulture);
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{x + (barWidth / 2)}\" y=\"{Height + LabelHeight - 3}\" text-anchor=\"middle\">{name}</text>");
            }

            // Label every year on short spans, fewer on long ones so labels never overlap.
            else if (month == 1 && (year - first) % labelEvery == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{x}\" y=\"{Height + LabelHeight - 3}\">{year}</text>");
            }
        }

        svg.Append("</svg>");
        return new RawHtml(svg.ToString());
    }
}
