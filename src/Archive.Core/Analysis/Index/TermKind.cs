namespace Archive.Core.Analysis.Index;

/// <summary>The kinds of index an article can be listed under, with their URL folder and labels.</summary>
public enum TermKind
{
    Tag,
    Person,
    Place,
    Organisation,
    Source,
}
