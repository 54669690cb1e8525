using Archive.Core.Model;

namespace Archive.Core.Analysis.Index;

public static class TermKinds
{
    public static IReadOnlyList<TermKind> All { get; } = [TermKind.Tag, TermKind.Person, TermKind.Place, TermKind.Organisation, TermKind.Source];

    public static string Folder(this TermKind kind) => kind switch
    {
        TermKind.Tag => "tags",
        TermKind.Person => "people",
        TermKind.Place => "places",
        TermKind.Organisation => "organisations",
        _ => "sources",
    };

    public static string Plural(this TermKind kind) => kind switch
    {
        TermKind.Tag => "Tags",
        TermKind.Person => "People",
        TermKind.Place => "Places",
        TermKind.Organisation => "Organisations",
        _ => "Sources",
    };

    public static string Singular(this TermKind kind) => kind switch
    {
        TermKind.Tag => "Tag",
        TermKind.Person => "Person",
        TermKind.Place => "Place",
        TermKind.Organisation => "Organisation",
        _ => "Source",
    };

    /// <summary>The search page's filter for this kind: the article template's <c>data-pagefind-filter</c> name and the query parameter.</summary>
    public static string SearchFilter(this TermKind kind) => kind switch
    {
        TermKind.Tag => "tag",
        TermKind.Person => "person",
        TermKind.Place => "place",
        TermKind.Organisation => "organisation",
        _ => "source",
    };

    public static TermKind ToTermKind(this EntityKind kind) => kind switch
    {
        EntityKind.Person => TermKind.Person,
        EntityKind.Place => TermKind.Place,
        _ => TermKind.Organisation,
    };
}
