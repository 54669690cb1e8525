namespace Archive.Core.Model;

public enum CaptureFormat
{
    Text,
    Html,
    Markdown,
}
