namespace Archive.Core.Normalization.Dates;

/// <summary>How to read an ambiguous slash date such as 04/11/2019.</summary>
internal enum DayMonthOrder
{
    /// <summary>04/11/2019 is 4 November (most of the world).</summary>
    DayFirst,

    /// <summary>04/11/2019 is 11 April (United States).</summary>
    MonthFirst,
}
