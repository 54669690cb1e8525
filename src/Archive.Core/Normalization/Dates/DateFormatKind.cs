namespace Archive.Core.Normalization.Dates;

/// <summary>How a date was written; more complete and less ambiguous forms rank higher.</summary>
internal enum DateFormatKind
{
    /// <summary>Numeric with a two-digit year: 04.11.19.</summary>
    NumericShortYear,

    /// <summary>Numeric day and month whose order had to be guessed: 04/11/2019.</summary>
    NumericAmbiguous,

    /// <summary>Numeric with a four-digit year and an unambiguous order: 04.11.2019, 2019/11/04.</summary>
    Numeric,

    /// <summary>ISO 8601: 2019-11-04, possibly with a time.</summary>
    Iso,

    /// <summary>Month written as a word: 4. November 2019, November 4, 2019, 2019年11月4日.</summary>
    Textual,
}
