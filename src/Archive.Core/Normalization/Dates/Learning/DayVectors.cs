namespace Archive.Core.Normalization.Dates.Learning;

/// <summary>
/// The features of each day a text mentions, for <see cref="TextDateModel"/>: kinds of evidence only (form, cue words,
/// byline or dateline shape, position, repetition, agreement with the other days, the prose's weekdays), never the
/// page's words, site or language. The hand rules' score is one feature among them.
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
            ];
        }

        return rows;
    }

    private static float Flag(bool value) => value ? 1f : 0f;
}
