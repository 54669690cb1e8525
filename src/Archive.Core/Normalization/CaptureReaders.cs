using Archive.Core.Model;
using Archive.Core.Normalization.Html;
using Archive.Core.Normalization.Text;

namespace Archive.Core.Normalization;

/// <summary>Chooses the reader for a capture by its file extension.</summary>
public static class CaptureReaders
{
    public static CaptureFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => CaptureFormat.Text,
        ".html" or ".htm" => CaptureFormat.Html,
        ".md" => CaptureFormat.Markdown,
        _ => null,
    };

    public static ICaptureReader For(CaptureFormat format) => format switch
    {
        CaptureFormat.Html => new HtmlCaptureReader(),
        _ => new TextCaptureReader(),
    };
}
