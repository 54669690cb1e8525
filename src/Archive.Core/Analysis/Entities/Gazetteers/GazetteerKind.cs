namespace Archive.Core.Analysis.Entities.Gazetteers;

/// <summary>What a gazetteer entry is; a name can be several (Georgia is a country and a city).</summary>
[Flags]
internal enum GazetteerKind : byte
{
    None = 0,
    Country = 1,
    Place = 2,
    FirstName = 4,
}
