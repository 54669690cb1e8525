namespace Archive.Core.Model;

/// <summary>
/// An entity an article mentions, after resolution: <paramref name="Name"/> is the canonical name,
/// <paramref name="Aliases"/> the other surface forms seen in this article, <paramref name="Count"/> the mentions,
/// <paramref name="Misc"/> how many of them the kind model read as something named that is not a person, place or
/// organisation (a product, a work, an event): the archive sums these to keep such names off the index pages.
/// </summary>
public sealed record EntityMention(string Name, EntityKind Kind, int Count, IReadOnlyList<string> Aliases, int Misc = 0);
