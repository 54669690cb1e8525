namespace Archive.Core.Normalization.Dates;

/// <summary>Where a candidate day came from, in descending order of trust.</summary>
internal enum DateSource
{
    JsonLd,
    Meta,
    ItemProp,
    TimeElement,
    DateElement,
    Url,
    Text,
}
