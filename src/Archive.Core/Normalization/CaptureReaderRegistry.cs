using Archive.Core.Normalization.Containers;
using Archive.Core.Normalization.Html;
using Archive.Core.Normalization.Markdown;
using Archive.Core.Normalization.Mhtml;
using Archive.Core.Normalization.Text;
using Archive.Core.Normalization.Warc;

namespace Archive.Core.Normalization;

/// <summary>
/// Which files are captures, and the reader for each, by file extension (ignoring case). A new capture format is
/// one <see cref="ICaptureReader"/> and one <see cref="Register"/> call (extensions compare as
/// <see cref="string.ToLowerInvariant()"/> makes them); the input scan
/// (<see cref="Inputs.InputScanner"/>) and the <see cref="CaptureProcessor"/> both ask the registry, so a
/// registered extension is found, read and normalised like the built-in ones. Register readers before a build
/// starts: during one the registry is read from many threads and must not change. A container format (one file, many
/// captures: WARC, WACZ) is one <see cref="ICaptureContainer"/> and one <see cref="RegisterContainer"/> call, by file
/// name suffix, which may be compound (<c>.warc.gz</c>).
/// </summary>
public sealed class CaptureReaderRegistry
{
    private readonly Dictionary<string, ICaptureReader> _readers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ICaptureReader>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<(string Suffix, ICaptureContainer Container)> _containers = [];

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

    /// <summary>The registered container suffixes, in lower case with their leading dot.</summary>
    public IReadOnlyCollection<string> ContainerSuffixes => [.. _containers.Select(c => c.Suffix)];

    /// <summary>
    /// The built-in formats: <c>.txt</c> (text dumps), <c>.html</c> and <c>.htm</c> (saved pages, SingleFile pages
    /// included), <c>.md</c> (notes), <c>.mhtml</c> and <c>.mht</c> (single-file web archives); containers
    /// <c>.warc</c>, <c>.warc.gz</c> and <c>.wacz</c>.
    /// </summary>
    public static CaptureReaderRegistry CreateDefault() => CreateDefault(Text.Learning.TextLineModel.Default);

    /// <summary>The built-in formats, with the text reader choosing the text by <paramref name="textModel"/> (null: by the hand rules).</summary>
    internal static CaptureReaderRegistry CreateDefault(Text.Learning.TextLineModel? textModel) =>
        CreateDefault(textModel, Dates.Learning.TextDateModel.Default);

    /// <summary>The built-in formats, the text reader choosing its text by <paramref name="textModel"/> and its day by <paramref name="dateModel"/> (null: by the hand rules).</summary>
    internal static CaptureReaderRegistry CreateDefault(Text.Learning.TextLineModel? textModel, Dates.Learning.TextDateModel? dateModel) =>
        CreateDefault(textModel, dateModel, ContentScoring.Default);

    /// <summary>As <see cref="CreateDefault(Text.Learning.TextLineModel?, Dates.Learning.TextDateModel?)"/>, the HTML reader weighing pages by <paramref name="scoring"/>.</summary>
    internal static CaptureReaderRegistry CreateDefault(Text.Learning.TextLineModel? textModel, Dates.Learning.TextDateModel? dateModel, ContentScoring scoring)
    {
        var text = new TextCaptureReader(textModel, dateModel);
        var html = new HtmlCaptureReader(scoring);
        var mhtml = new MhtmlCaptureReader(html);
        var warc = new WarcContainer();
        return new CaptureReaderRegistry(text)
            .Register(".txt", text)
            .Register(".html", html)
            .Register(".htm", html)
            .Register(".md", new MarkdownCaptureReader())
            .Register(".mhtml", mhtml)
            .Register(".mht", mhtml)
            .RegisterContainer(".warc", warc)
            .RegisterContainer(".warc.gz", warc)
            .RegisterContainer(".wacz", new WaczContainer());
    }

    /// <summary>
    /// Reads files whose name ends in <paramref name="suffix"/> (".warc.gz", ignoring case) as containers of many captures
    /// with <paramref name="container"/>, replacing any container registered for it. The longest matching suffix wins.
    /// </summary>
    public CaptureReaderRegistry RegisterContainer(string suffix, ICaptureContainer container)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(suffix);
        ArgumentNullException.ThrowIfNull(container);
        if (suffix[0] != '.' || suffix.Length == 1 || suffix.EndsWith('.') || suffix.AsSpan().IndexOfAny(['/', '\\']) >= 0)
        {
            throw new ArgumentException($"'{suffix}' is not a file name suffix such as \".warc.gz\".", nameof(suffix));
        }

        var lower = suffix.ToLowerInvariant();
        _containers.RemoveAll(c => c.Suffix == lower);
        _containers.Add((lower, container));
        _containers.Sort((a, b) => b.Suffix.Length.CompareTo(a.Suffix.Length));
        return this;
    }

    /// <summary>The container registered for the longest suffix of <paramref name="path"/>, or null when it is not a container.</summary>
    public ICaptureContainer? FindContainer(ReadOnlySpan<char> path)
    {
        foreach (var (suffix, container) in _containers)
        {
            if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && path.Length > suffix.Length)
            {
                return container;
            }
        }

        return null;
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

    /// <summary>Whether <paramref name="path"/> has a registered extension or container suffix, i.e. is a capture the input scan picks up.</summary>
    public bool IsCapture(ReadOnlySpan<char> path) => Find(path) is not null || FindContainer(path) is not null;

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
