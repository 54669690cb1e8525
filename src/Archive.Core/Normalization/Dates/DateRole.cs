namespace Archive.Core.Normalization.Dates;

/// <summary>What a candidate claims to be.</summary>
internal enum DateRole
{
    Published,
    Unknown,
    Modified,
}
