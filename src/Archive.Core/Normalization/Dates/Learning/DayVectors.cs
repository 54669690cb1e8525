namespace Archive.Core.Normalization.Dates.Learning;

/// <summary>
/// The features of each day a text mentions, for <see cref="TextDateModel"/>: kinds of evidence only (form, cue words,
/// byline or dateline shape, position, repetition, agreement with the other days and with the page header's day, the
/// prose's weekdays), never the page's words, site or language. The hand rules' score is one feature among them.
/// </summary>
internal static class DayVectors
{
    public static readonly string[] Names =
    [
        "hand-score", "hand-top", "hand-margin", "hand-clears",
        "form-textual", "form-iso", "form-numeric", "form-ambiguous",
        "cue-published", "cue-modified", "cue-event",
        "byline", "time-of-day", "line-short", "line-dateline", "line-prose",
        "dated-neighbour-1", "dated-neighbours-2+",
        "place-start", "place-header", "place-below", "place-footer", "header-weekday", "has-weekday",
        "relative-line", "log-count", "log-distance", "first-day", "latest-day", "earliest-day", "log-days-before-latest",
        "weekday-in-prose", "log-days",
        "nearest-day", "above-start", "log-offset", "on-start-line", "after-header-day", "same-as-header-day", "log-days-after-header-day",
        "caption",
    ];

    public static int Width => Names.Length;

    /// <summary>One row per day, in the order of <paramref name="days"/>.</summary>
    public static float[][] Of(IReadOnlyList<DayEvidence> days, HashSet<DayOfWeek> proseWeekdays)
    {
        if (days.Count == 0)
        {
            return [];
        }

        var top = days.Max(d => d.Score);
        var latest = days.Max(d => d.Date);
        var earliest = days.Min(d => d.Date);
        var nearest = days.Min(d => d.Distance);

        // The page header's day is often the day of capture: a later day is a teaser's or an event's, not the article's.
        var header = days.Where(d => d.Best.Place == DatePlace.Header).Select(d => (DateOnly?)d.Date).Max();
        var rows = new float[days.Count][];
        for (var i = 0; i < days.Count; i++)
        {
            var d = days[i];
            var e = d.Best;
            rows[i] =
            [
                (float)d.Score, Flag(d.Score >= top), (float)(d.Score - top), Flag(d.Score >= TextDateScanner.Threshold),
                Flag(e.Kind == DateFormatKind.Textual), Flag(e.Kind == DateFormatKind.Iso), Flag(e.Kind == DateFormatKind.Numeric),
                Flag(e.Kind is DateFormatKind.NumericAmbiguous or DateFormatKind.NumericShortYear),
                Flag(e.Context == DateContext.Published), Flag(e.Context == DateContext.Modified), Flag(e.Context == DateContext.Event),
                Flag(e.Byline), Flag(e.TimeNearby), Flag(e.Shape == LineShape.Short), Flag(e.Shape == LineShape.Dateline), Flag(e.Shape == LineShape.Prose),
                Flag(e.DatedNeighbours == 1), Flag(e.DatedNeighbours >= 2),
                Flag(e.Place == DatePlace.ArticleStart), Flag(e.Place == DatePlace.Header), Flag(e.Place == DatePlace.Below), Flag(e.Place == DatePlace.Footer),
                Flag(e.Place == DatePlace.Header && e.HasWeekday), Flag(e.HasWeekday),
                (float)e.RelativeLine, (float)Math.Log(d.Count), (float)Math.Log(1 + d.Distance), Flag(d.Order == 0),
                Flag(d.Date == latest), Flag(d.Date == earliest), (float)Math.Log(1 + latest.DayNumber - d.Date.DayNumber),
                Flag(proseWeekdays.Contains(d.Date.DayOfWeek)), (float)Math.Log(days.Count),
                Flag(d.Distance == nearest), Flag(e.LinesFromStart < 0), (float)(Math.Sign(e.LinesFromStart) * Math.Log(1 + Math.Abs(e.LinesFromStart))),
                Flag(e.LinesFromStart == 0), Flag(header is { } h && d.Date > h), Flag(header == d.Date),
                header is { } after && d.Date < after ? (float)Math.Log(1 + after.DayNumber - d.Date.DayNumber) : 0f,
                Flag(e.Caption),
            ];
        }

        return rows;
    }

    private static float Flag(bool value) => value ? 1f : 0f;
}
