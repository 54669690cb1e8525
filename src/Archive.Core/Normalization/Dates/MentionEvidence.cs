namespace Archive.Core.Normalization.Dates;

/// <summary>The shape of the line a written day stands in.</summary>
internal enum LineShape
{
    /// <summary>Up to 90 characters: a byline, a dateline, a caption.</summary>
    Short,

    /// <summary>A longer line the day opens, alone or after a place name ("Karlsruhe, 12.11.2021 - ...").</summary>
    Dateline,

    /// <summary>91 to 200 characters.</summary>
    Medium,

    /// <summary>Running prose, over 200 characters.</summary>
    Prose,
}

/// <summary>Where a written day stands against the start of the article.</summary>
internal enum DatePlace
{
    /// <summary>Around the title, or just before the first paragraph: where bylines stand.</summary>
    ArticleStart,

    /// <summary>Before it: the page header (often the day of capture).</summary>
    Header,

    /// <summary>After it, in the article or its rails.</summary>
    Below,

    /// <summary>In the last 15 % of the lines.</summary>
    Footer,
}

/// <summary>
/// The kinds of evidence one written day carries: never the page's words themselves, only what kind of place and
/// shape they give the day. <see cref="HandScore"/> is the hand rules' sum of them (the scanner's verdict when no
/// model is used; one feature among the others for <see cref="TextDateModel"/>).
/// </summary>
internal readonly record struct MentionEvidence(
    DateFormatKind Kind,
    DateContext Context,
    bool Byline,
    bool TimeNearby,
    LineShape Shape,
    int DatedNeighbours,
    DatePlace Place,
    int LinesFromStart,
    bool HasWeekday,
    double RelativeLine,
    bool Caption,
    double HandScore);

/// <summary>A day the text mentions: the evidence of its best mention, and what its mentions say together.</summary>
/// <param name="Date">The day.</param>
/// <param name="Best">The evidence of its best mention by the hand score.</param>
/// <param name="Count">How often it is mentioned (rejected mentions not counted).</param>
/// <param name="Distance">Lines between its nearest mention and the article's start.</param>
/// <param name="Order">0 for the first distinct day the text mentions, 1 for the second, ...</param>
/// <param name="Score">The hand rules' score: the best mention's, plus up to 1 for repeating.</param>
internal sealed record DayEvidence(DateOnly Date, MentionEvidence Best, int Count, int Distance, int Order, double Score);
