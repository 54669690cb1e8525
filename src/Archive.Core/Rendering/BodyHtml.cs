using System.Text;
using Archive.Core.Model;
using Archive.Core.Rendering.Views;

namespace Archive.Core.Rendering;

/// <summary>Renders body blocks as HTML the generator controls: every piece of text escaped, no markup from captures.</summary>
public static class BodyHtml
{
    public static RawHtml Render(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var builder = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    Element(builder, "h2", block.Text);
                    break;
                case BlockKind.Quote:
                    builder.Append("<blockquote>");
                    Element(builder, "p", block.Text);
                    builder.Append("</blockquote>\n");
                    break;
                case BlockKind.Figure:
                    break; // figures are the theme's (Sections)
                case BlockKind.ListItem:
                    var tag = block.Ordered ? "ol" : "ul";
                    builder.Append('<').Append(tag).Append(">\n");
                    for (; i < blocks.Count && blocks[i].Kind == BlockKind.ListItem && blocks[i].Ordered == block.Ordered; i++)
                    {
                        Element(builder, "li", blocks[i].Text);
                    }

                    i--;
                    builder.Append("</").Append(tag).Append(">\n");
                    break;
                default:
                    Element(builder, "p", block.Text);
                    break;
            }
        }

        return new RawHtml(builder.ToString());
    }

    /// <summary>
    /// The body cut at its figures: each section's text blocks as HTML, then the figure that follows them (null for
    /// the last section, and for a figure with nothing to show). A body without figures is one section.
    /// </summary>
    public static IReadOnlyList<BodySectionView> Sections(IReadOnlyList<Block> blocks, Func<Figure, FigureView?> view)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(view);
        var sections = new List<BodySectionView>();
        var start = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Figure is { } figure && view(figure) is { } shown)
            {
                sections.Add(new BodySectionView(Render([.. blocks.Skip(start).Take(i - start)]), shown));
                start = i + 1;
            }
        }

        sections.Add(new BodySectionView(Render([.. blocks.Skip(start)]), null));
        return sections;
    }

    private static void Element(StringBuilder builder, string tag, string text)
    {
        builder.Append('<').Append(tag).Append('>');
        Html.Append(builder, text);
        builder.Append("</").Append(tag).Append(">\n");
    }
}
