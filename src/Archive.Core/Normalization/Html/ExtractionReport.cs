using AngleSharp.Dom;
using Archive.Core.Model;
using Archive.Core.Text;

namespace Archive.Core.Normalization.Html;

/// <summary>Collects what the reader leaves out of an article and why: one entry per dropped region.</summary>
internal sealed class ExtractionReport
{
    private const int MaxTextLength = 300;
    private readonly List<DroppedBlock> _dropped = [];

    public IReadOnlyList<DroppedBlock> Dropped => _dropped;

    public void Drop(IElement element, string reason)
    {
        var text = Whitespace.CollapseVisible(element.TextContent);
        if (text.Length > 0)
        {
            _dropped.Add(new DroppedBlock(HtmlText.Truncate(text, MaxTextLength), reason, LineOf(element)));
        }
    }

    public void Drop(string text, string reason, int line)
    {
        if (text.Length > 0)
        {
            _dropped.Add(new DroppedBlock(HtmlText.Truncate(text, MaxTextLength), reason, line));
        }
    }

    public static int LineOf(IElement element) => element.SourceReference?.Position.Line ?? 0;
}
