using Archive.Core.Normalization.Html;
using Archive.Core.Normalization.Markdown;
using Archive.Core.Normalization.Text;

namespace Archive.Core.Normalization;

/// <summary>
/// Which files are captures, and the reader for each, by file extension (ignoring case). A new capture format is
/// one <see cref="ICaptureReader"/> and one <see cref="Register"/> call (extensions compare as
/// <see cref="string.ToLowerInvariant()"/> makes them); the input scan
/// (<see cref="Inputs.InputScanner"/>) and the <see cref="CaptureProcessor"/> both ask the registry, so a
/// registered extension is found, read and normalised like the built-in ones. Register readers before a build
/// starts: during one the registry is read from many threads and must not change.
/// </summary>
public sealed class CaptureReaderRegistry
{
    private readonly Dictionary<string, ICaptureReader> _readers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ICaptureReader>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private CaptureReaderRegistry(ICaptureReader fallback)
    {
        _lookup = _readers.GetAlternateLookup<ReadOnlySpan<char>>();
        Fallback = fallback;
    }

    /// <summary>
    /// The reader for a file given by name whose extension is not registered (<c>extract</c> and <c>ner</c> read any
    /// file they are given): the text reader of <see cref="CreateDefault"/>. The input scan never picks up such a file.
    /// </summary>
    public ICaptureReader Fallback { get; }

    /// <summary>The registered extensions, in lower case with their leading dot.</summary>
    public IReadOnlyCollection<string> Extensions => _readers.Keys;

    /// <summary>The built-in formats: <c>.txt</c> (text dumps), <c>.html</c> and <c>.htm</c> (saved pages), <c>.md</c> (notes).</summary>
    public static CaptureReaderRegistry CreateDefault()
    {
        var text = new TextCaptureReader();
        var html = new HtmlCaptureReader();
        return new CaptureReaderRegistry(text)
            .Register(".txt", text)
            .Register(".html", html)
            .Register(".htm", html)
            .Register(".md", new MarkdownCaptureReader());
    }

    /// <summary>Reads files ending in <paramref name="extension"/> (".mhtml") with <paramref name="reader"/>, replacing any reader registered for it.</summary>
    public CaptureReaderRegistry Register(string extension, ICaptureReader reader)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        ArgumentNullException.ThrowIfNull(reader);
        if (extension[0] != '.' || extension.Length == 1 || extension.AsSpan(1).IndexOfAny(['.', '/', '\\']) >= 0)
        {
            throw new ArgumentException($"'{extension}' is not a file extension such as \".mhtml\".", nameof(extension));
        }

        _readers[extension.ToLowerInvariant()] = reader;
        return this;
    }

    /// <summary>Whether <paramref name="path"/> has a registered extension, i.e. is a capture the input scan picks up.</summary>
    public bool IsCapture(ReadOnlySpan<char> path) => Find(path) is not null;

    /// <summary>The reader registered for <paramref name="path"/>'s extension, or null.</summary>
    public ICaptureReader? Find(ReadOnlySpan<char> path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Length <= 1)
        {
            return null;
        }

        var lower = extension.Length <= 64 ? stackalloc char[extension.Length] : new char[extension.Length];
        extension.ToLowerInvariant(lower);
        return _lookup.TryGetValue(lower, out var reader) ? reader : null;
    }

    /// <summary>The reader for <paramref name="path"/>: the registered one, else <see cref="Fallback"/>.</summary>
    public ICaptureReader ReaderFor(ReadOnlySpan<char> path) => Find(path) ?? Fallback;
}
