namespace Archive.Core.Normalization.Html;

/// <summary>Measures of one element's subtree, computed bottom-up once per pass (see <see cref="PageStats"/>).</summary>
internal sealed class ElementStats
{
    /// <summary>Visible characters of text (whitespace runs count once).</summary>
    public int TextLength { get; set; }

    /// <summary>Visible characters inside links.</summary>
    public int LinkLength { get; set; }

    public int Commas { get; set; }

    /// <summary>Visible characters of the element's own text nodes (not its descendants').</summary>
    public int DirectTextLength { get; set; }

    public int DirectCommas { get; set; }

    public int Paragraphs { get; set; }

    public int ListItems { get; set; }

    public int Images { get; set; }

    public int Inputs { get; set; }

    public int Headings { get; set; }

    public int Links { get; set; }

    /// <summary>Visible characters inside blockquotes (embedded posts and quotes).</summary>
    public int QuoteLength { get; set; }

    /// <summary>Whether a child element is a block (paragraph, div, list, table, ...) rather than inline.</summary>
    public bool HasBlockChild { get; set; }

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;
}
