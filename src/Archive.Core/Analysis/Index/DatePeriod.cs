using Archive.Core.Model;

namespace Archive.Core.Analysis.Index;

/// <summary>A year, month or day that has articles, newest first, with its sub-periods.</summary>
public sealed class DatePeriod
{
    public required int Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public List<Article> Articles { get; } = [];

    public List<DatePeriod> Children { get; } = [];

    // Read for every page that lists or links the period (its neighbours', its parent's): made once.
    public string Url => _url ??= Day is { } d ? $"/{Year:D4}/{Month:D2}/{d:D2}/" : Month is { } m ? $"/{Year:D4}/{m:D2}/" : $"/{Year:D4}/";

    private string? _url;

    private string? _label;

    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    public string Label => _label ??= Day is not null
        ? Start.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
        : Month is not null
            ? Start.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
            : Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
