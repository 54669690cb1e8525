using Archive.Core.Diagnostics;
using Archive.Core.Inputs;
using Archive.Core.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownBlock = Markdig.Syntax.Block;
using ModelBlock = Archive.Core.Model.Block;

namespace Archive.Core.Normalization.Markdown;

/// <summary>
/// Reads hand-written Markdown notes: YAML front matter for metadata, the Markdown body as blocks of plain
/// text (inline markup flattened; raw HTML dropped, since notes are untrusted like every capture). An image
/// (<c>![alt](photo.jpg "caption")</c>) becomes a figure after the text of its paragraph: a file beside the note is
/// kept like a saved page's images, an image on the web is linked, never loaded.
/// </summary>
public sealed class MarkdownCaptureReader : ICaptureReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public CaptureResult Read(CaptureInput input, SourceRules rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<Diagnostic>();
        var (yaml, body, bodyLine) = FrontMatter.Split(input.Text);
        var front = yaml is null ? null : YamlReader.Read<Sidecar>(yaml, input.Path, diagnostics, lineOffset: 1, duplicateKeys: DiagnosticSeverity.Warning);
        var blocks = new List<ModelBlock>();
        var dropped = new List<DroppedBlock>();
        var document = Markdig.Markdown.Parse(body, Pipeline);
        string? heading1 = null;
        foreach (var block in document.Descendants<MarkdownBlock>())
        {
            var line = block.Line + bodyLine;
            switch (block)
            {
                case HeadingBlock { Level: 1 } h when heading1 is null && blocks.Count == 0:
                    heading1 = InlineText(h.Inline);
                    break;
                case HeadingBlock h:
                    Add(blocks, BlockKind.Heading, InlineText(h.Inline), line);
                    break;
                case ParagraphBlock p when p.Parent is ListItemBlock item:
                    Add(blocks, BlockKind.ListItem, InlineText(p.Inline), line, item.Parent is ListBlock { IsOrdered: true });
                    break;
                case ParagraphBlock p when p.Parent is QuoteBlock:
                    Add(blocks, BlockKind.Quote, InlineText(p.Inline), line);
                    break;
                case ParagraphBlock p:
                    Add(blocks, BlockKind.Paragraph, InlineText(p.Inline), line);
                    AddFigures(blocks, p.Inline, line);
                    break;
                case HtmlBlock:
                    dropped.Add(new DroppedBlock(string.Join('\n', block.ToString()), "raw HTML in Markdown", line));
                    break;
                case CodeBlock code:
                    Add(blocks, BlockKind.Paragraph, code.Lines.ToString(), line);
                    break;
            }
        }

        var article = new Article
        {
            SourcePath = input.Path,
            Format = CaptureFormat.Markdown,
            Title = front?.Title ?? heading1 ?? "",
            Standfirst = front?.Standfirst,
            Byline = front?.Byline,
            SourceName = front?.Source,
            CanonicalUrl = front?.Url,
            Published = DateValue.Parse(front?.Published, "published", input.Path, diagnostics),
            Captured = DateValue.Parse(front?.Captured, "captured", input.Path, diagnostics),
            Tags = front?.Tags ?? [],
            Aliases = front?.Aliases ?? [],
            Body = blocks,
        };
        return new CaptureResult(article, dropped, diagnostics);
    }

    private static void Add(List<ModelBlock> blocks, BlockKind kind, string text, int line, bool ordered = false)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            blocks.Add(new ModelBlock(kind, trimmed, line, ordered));
        }
    }

    private static void AddFigures(List<ModelBlock> blocks, ContainerInline? inline, int line)
    {
        foreach (var image in inline?.Descendants<LinkInline>() ?? [])
        {
            if (image.IsImage && !string.IsNullOrWhiteSpace(image.Url))
            {
                var alt = InlineText(image).Trim();
                var caption = string.IsNullOrWhiteSpace(image.Title) ? null : image.Title.Trim();
                blocks.Add(ModelBlock.Of(new Figure(image.Url.Trim(), alt, caption), line));
            }
        }
    }

    /// <summary>The plain text of inline markup; an image's alt text is left out (it belongs to its figure).</summary>
    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var builder = new System.Text.StringBuilder();
        Append(builder, inline);
        return builder.ToString();
    }

    private static void Append(System.Text.StringBuilder builder, ContainerInline container)
    {
        for (var node = container.FirstChild; node is not null; node = node.NextSibling)
        {
            switch (node)
            {
                case LinkInline { IsImage: true }:
                    break;
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case ContainerInline inner:
                    Append(builder, inner);
                    break;
            }
        }
    }
}
