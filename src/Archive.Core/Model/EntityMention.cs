namespace Archive.Core.Model;

/// <summary>
/// An entity an article mentions, after resolution: <paramref name="Name"/> is the canonical name,
/// <paramref name="Aliases"/> the other surface forms seen in this article, <paramref name="Count"/> the mentions,
/// <paramref name="Misc"/> how many of them the kind model read as something named that is not a person, place or
/// organisation (a product, a work, an event), <paramref name="ReadAsOrganisation"/> how many it read as an organisation:
/// the archive sums these over all of a name's mentions (a second opinion beside the tagger's); <paramref name="ReadAsPlace"/>
/// how many it read as a place. <paramref name="InForeignText"/>: the article is not in English, where capitals prove nothing.
/// </summary>
public sealed record EntityMention(string Name, EntityKind Kind, int Count, IReadOnlyList<string> Aliases, int Misc = 0, int ReadAsOrganisation = 0, int ReadAsPlace = 0, bool InForeignText = false);
