namespace Archive.Core.Text;

/// <summary>
/// A table row kept as one block of text whose cells are still known: the cells joined by single spaces, and where
/// each cell after the first begins (<see cref="Model.Block.Cells"/>). A reader sees one line; the entity tagger
/// reads each cell on its own, so that "Hitchin" in one column and "Jane Doe" in the next are not one name.
/// </summary>
public static class TableCells
{
    /// <summary>The non-empty cells joined by spaces, and the start of each cell after the first (null for one cell).</summary>
    public static (string Text, IReadOnlyList<int>? Starts) Join(IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var text = new System.Text.StringBuilder();
        List<int>? starts = null;
        foreach (var cell in cells)
        {
            if (cell.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
                (starts ??= []).Add(text.Length);
            }

            text.Append(cell);
        }

        return (text.ToString(), starts);
    }

    /// <summary>The cells of a block's text given the starts <see cref="Join"/> returned; the whole text when there are none.</summary>
    public static IEnumerable<string> Split(string text, IReadOnlyList<int>? starts)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (starts is null || starts.Count == 0)
        {
            yield return text;
            yield break;
        }

        var from = 0;
        foreach (var start in starts)
        {
            if (start <= from || start > text.Length)
            {
                continue; // not starts of this text: read what is left as one cell
            }

            yield return text[from..start].TrimEnd();
            from = start;
        }

        yield return text[from..];
    }
}
