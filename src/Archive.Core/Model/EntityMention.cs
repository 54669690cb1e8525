namespace Archive.Core.Model;

/// <summary>
/// An entity an article mentions, after resolution: <paramref name="Name"/> is the canonical name,
/// <paramref name="Aliases"/> the other surface forms seen in this article, <paramref name="Count"/> the mentions.
/// </summary>
public sealed record EntityMention(string Name, EntityKind Kind, int Count, IReadOnlyList<string> Aliases);
