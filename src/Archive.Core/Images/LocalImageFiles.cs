using Archive.Core.Engine;
using Archive.Core.Model;

namespace Archive.Core.Images;

/// <summary>
/// The files beside a capture that its figures name by relative reference (<c>page_files/photo.jpg</c>, a Markdown
/// note's <c>![](photo.jpg)</c>): where they are, and their stamps, so that the capture cache can tell when an image
/// changed while the capture did not. Only files inside the input folder are ever named.
/// </summary>
internal sealed class LocalImageFiles(string inputFolder)
{
    private readonly string _input = Path.GetFullPath(inputFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    /// <summary>The readable file a relative reference names beside the capture, within the size read; else null.</summary>
    public string? Find(string capturePath, string reference)
    {
        if (PathOf(capturePath, reference) is not { } path || !File.Exists(path))
        {
            return null;
        }

        var info = new FileInfo(path);
        return info.Length <= ImageEncoder.MaxBytes && (info.Attributes & FileAttributes.ReparsePoint) == 0 ? path : null;
    }

    /// <summary>
    /// The stamp of every file the article's figures name by relative reference, present or not (an image added
    /// later beside the capture must show too): what the cache compares before it replays the article.
    /// </summary>
    public IReadOnlyList<LocalFileStamp> Stamps(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        List<LocalFileStamp>? stamps = null;
        foreach (var figure in Figures(article))
        {
            if (PathOf(article.SourcePath, figure.Source) is { } path)
            {
                var stamp = FileStamp.Of(path);
                (stamps ??= []).Add(new LocalFileStamp(path[_input.Length..], stamp?.Length ?? -1, stamp?.Ticks ?? 0));
            }
        }

        return stamps ?? (IReadOnlyList<LocalFileStamp>)[];
    }

    /// <summary>True when every stamped file is as it was (absent files still absent).</summary>
    public bool Unchanged(IReadOnlyList<LocalFileStamp>? stamps)
    {
        foreach (var recorded in stamps ?? [])
        {
            var now = FileStamp.Of(_input + recorded.Path);
            if ((now?.Length ?? -1) != recorded.Length || (now?.Ticks ?? 0) != recorded.Ticks)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<Figure> Figures(Article article)
    {
        if (article.Lead is { } lead)
        {
            yield return lead;
        }

        foreach (var block in article.Body)
        {
            if (block.Figure is { } figure)
            {
                yield return figure;
            }
        }
    }

    /// <summary>The full path a relative reference names beside the capture, when it stays inside the input folder; else null.</summary>
    private string? PathOf(string capturePath, string reference)
    {
        if (reference.Contains(':', StringComparison.Ordinal) || reference.StartsWith('/') || reference.StartsWith('\\'))
        {
            return null; // a URL, a data: key or an absolute path: never a file beside the capture
        }

        var cut = reference.IndexOfAny(['?', '#']);
        var relative = Uri.UnescapeDataString(cut >= 0 ? reference[..cut] : reference);
        if (relative.Length == 0)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.Combine(_input, capturePath.Replace('/', Path.DirectorySeparatorChar)))!;
        var path = Path.GetFullPath(Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar)));
        return path.StartsWith(_input, StringComparison.Ordinal) ? path : null;
    }
}

/// <summary>A file a capture's figure names, relative to the input folder, as a stat saw it (length -1: absent).</summary>
internal sealed record LocalFileStamp(string Path, long Length, long Ticks);
