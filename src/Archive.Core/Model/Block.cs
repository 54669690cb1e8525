namespace Archive.Core.Model;

/// <summary>
/// One block of an article body, as plain text (never markup from the capture).
/// <paramref name="Line"/> is the 1-based line in the capture where the block starts, 0 when unknown.
/// Consecutive <see cref="BlockKind.ListItem"/> blocks form one list; <paramref name="Ordered"/> marks numbered lists.
/// A <see cref="BlockKind.Figure"/> block has no text: its image is <see cref="Figure"/>.
/// </summary>
public sealed record Block(BlockKind Kind, string Text, int Line = 0, bool Ordered = false)
{
    /// <summary>The image of a <see cref="BlockKind.Figure"/> block; null for text blocks.</summary>
    public Figure? Figure { get; init; }

    /// <summary>
    /// For a table row read as one block, where each cell after the first begins in <see cref="Text"/> (the cells are
    /// joined by spaces: <see cref="Archive.Core.Text.TableCells"/>); null for text that is not a row of cells.
    /// </summary>
    public IReadOnlyList<int>? Cells { get; init; }

    public static Block Of(Figure figure, int line = 0) => new(BlockKind.Figure, "", line) { Figure = figure };
}
