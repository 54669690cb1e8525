using Archive.Core.Model;
using Archive.Core.Normalization.Dates;

namespace Archive.Core.Normalization.Text;

/// <summary>Reads whole-page text dumps (what a browser's copy or innerText gives).</summary>
public sealed class TextCaptureReader : ICaptureReader
{
    public CaptureResult Read(CaptureInput input, SourceRules rules)
    {
        // Placeholder: first non-empty line is the title, every other block a paragraph.
        var lines = input.Text.Replace("\r\n", "\n").Split('\n');
        var title = lines.FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
        var body = new List<Block>();
        var seenTitle = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (!seenTitle)
            {
                seenTitle = true;
                continue;
            }

            body.Add(new Block(BlockKind.Paragraph, text, i + 1));
        }

        var article = new Article
        {
            SourcePath = input.Path,
            Format = CaptureFormat.Text,
            Title = title,
            Body = body,
            Published = PublishedDateFinder.FindInText(input.Text, url: null),
        };
        return CaptureResult.Of(article);
    }
}
