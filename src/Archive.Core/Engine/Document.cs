using Archive.Core.Inputs;
using Archive.Core.Model;

namespace Archive.Core.Engine;

/// <summary>
/// The unit that flows through pipelines. Immutable: modules return changed copies made with <c>with</c>.
/// Typed slots instead of a metadata bag: a capture found on disk, its bytes once read, the article made of it, and the
/// output bytes with their site-relative destination (such as <c>2014/03/30/slug/index.html</c>).
/// </summary>
public sealed record Document
{
    /// <summary>Input-relative path with '/' separators, when the document comes from a file.</summary>
    public string? Source { get; init; }

    /// <summary>Output-relative path with '/' separators, when the document is written.</summary>
    public string? Destination { get; init; }

    public ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>A capture found in the input folder and not read yet.</summary>
    public InputEntry? Input { get; init; }

    public CaptureFile? Capture { get; init; }

    public Article? Article { get; init; }

    /// <summary>A page written but left out of the sitemap (an older version of a story): not a page of its own for search engines.</summary>
    public bool Unlisted { get; init; }

    public static Document Output(string destination, ReadOnlyMemory<byte> content) =>
        new() { Destination = destination, Content = content };

    public static Document Output(string destination, string content) =>
        Output(destination, System.Text.Encoding.UTF8.GetBytes(content));

    public override string ToString() => Destination ?? Source ?? "(document)";
}
