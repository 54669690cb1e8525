namespace Archive.Core.Model;

/// <summary>
/// One block of an article body, as plain text (never markup from the capture).
/// <paramref name="Line"/> is the 1-based line in the capture where the block starts, 0 when unknown.
/// Consecutive <see cref="BlockKind.ListItem"/> blocks form one list; <paramref name="Ordered"/> marks numbered lists.
/// </summary>
public sealed record Block(BlockKind Kind, string Text, int Line = 0, bool Ordered = false);
