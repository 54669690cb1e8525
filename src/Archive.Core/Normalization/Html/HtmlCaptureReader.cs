using AngleSharp.Html.Parser;
using Archive.Core.Model;
using Archive.Core.Normalization.Dates;

namespace Archive.Core.Normalization.Html;

/// <summary>Reads saved HTML pages with AngleSharp: metadata, a content scorer, structure kept as blocks.</summary>
public sealed class HtmlCaptureReader : ICaptureReader
{
    public CaptureResult Read(CaptureInput input, SourceRules rules)
    {
        // Placeholder: <title> and every <p>.
        var document = new HtmlParser().ParseDocument(input.Text);
        var body = document.QuerySelectorAll("p")
            .Select(p => p.TextContent.Trim())
            .Where(t => t.Length > 0)
            .Select(t => new Block(BlockKind.Paragraph, t))
            .ToList();
        var article = new Article
        {
            SourcePath = input.Path,
            Format = CaptureFormat.Html,
            Title = document.Title?.Trim() ?? "",
            Body = body,
            Published = PublishedDateFinder.FindInHtml(document, url: null),
        };
        return CaptureResult.Of(article);
    }
}
