using Archive.Core.Diagnostics;
using Archive.Core.Inputs;
using Archive.Core.Model;
using Archive.Core.Normalization.Containers;
using Archive.Core.Text;

namespace Archive.Core.Normalization;

/// <summary>
/// Turns a capture file into an article: picks the reader from the <see cref="CaptureReaderRegistry"/>, applies the
/// matching site.yml source rule, then lets the sidecar override what extraction found. Never throws for bad
/// content. The one way from a capture to an article: <c>build</c> and <c>preview</c> (the NormaliseCaptures module),
/// <c>extract</c>, <c>ner PATH</c> and the preview's warm-up each make one per run from site.yml's settings, so
/// the source rules are compiled once (<see cref="SourceRules"/>) and every capture gets the same article from each
/// command. Thread-safe: captures are processed in parallel.
/// </summary>
public sealed class CaptureProcessor
{
    /// <summary>
    /// Captures are read up to this size. Real pages are far smaller; the cap bounds the time and memory a
    /// hostile or broken file can take, and what is cut is reported, never silently dropped.
    /// </summary>
    public const int MaxCaptureBytes = 4 * 1024 * 1024;

    private readonly CaptureReaderRegistry _readers;
    private readonly (SourceRuleSettings Settings, SourceRules Rules)[] _sources;

    /// <param name="settings">site.yml's settings; its source rules are compiled here, once.</param>
    /// <param name="readers">The reader of each capture format.</param>
    public CaptureProcessor(SiteSettings settings, CaptureReaderRegistry readers)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(readers);
        _readers = readers;
        _sources = [.. settings.Sources.Where(rule => !string.IsNullOrEmpty(rule.Match)).Select(rule => (rule, rule.ToRules()))];
    }

    /// <summary>Whether <paramref name="path"/> is a container of many captures (<see cref="ProcessContainer"/> reads it) rather than one capture.</summary>
    public bool IsContainer(string path) => _readers.FindContainer(path) is not null;

    public CaptureResult Process(CaptureFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Process(file, _readers.ReaderFor(file.Path), null);
    }

    /// <summary>
    /// Each capture of the container file <paramref name="path"/>, read from <paramref name="stream"/> in order, as
    /// an article whose source path is the entry's id (<c>path#key</c>); the URL and capture day the container records
    /// fill what the page does not say. What the container skipped, and a container without any page, are reported to
    /// <paramref name="report"/>. A sidecar of a container is not applied (it could not say which page it describes).
    /// The images the container holds go to <paramref name="image"/> as they stream by (they may come before or after
    /// the pages that show them). With a <paramref name="parallelism"/> over 1, pages are read into small batches
    /// (<see cref="BatchPages"/> pages or <see cref="BatchBytes"/> bytes) normalised on that many cores, in order: a
    /// crawl is one file, and one worker reading all of it would leave the other cores idle.
    /// </summary>
    public IEnumerable<CaptureResult> ProcessContainer(string path, Stream stream, Action<Diagnostic> report, Action<CaptureResource>? image = null, int parallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        var container = _readers.FindContainer(path) ?? throw new ArgumentException($"'{path}' is not a registered container.", nameof(path));
        var count = 0;
        var batch = new List<(CaptureFile File, ContainerEntry Entry)>();
        var batchBytes = 0L;
        foreach (var entry in container.Entries(stream, path, report))
        {
            if (entry.ImageType is { } mediaType)
            {
                image?.Invoke(new CaptureResource(entry.Url!, mediaType, entry.Bytes));
                continue;
            }

            count++;
            batch.Add((new CaptureFile(entry.IdIn(path), entry.Bytes), entry));
            batchBytes += entry.Bytes.Length;
            if (batch.Count >= BatchPages || batchBytes >= BatchBytes)
            {
                foreach (var result in ProcessBatch(batch, parallelism))
                {
                    yield return result;
                }

                batch.Clear();
                batchBytes = 0;
            }
        }

        foreach (var result in ProcessBatch(batch, parallelism))
        {
            yield return result;
        }

        if (count == 0)
        {
            report(Diagnostic.Warning("ARC077", "The container holds no HTML page received whole with status 200; no article is made from it.", path));
        }
    }

    /// <summary>Pages of a container normalised together; bounds what is held at once to a few pages per core.</summary>
    private const int BatchPages = 64;

    private const long BatchBytes = 32L * 1024 * 1024;

    private IReadOnlyList<CaptureResult> ProcessBatch(List<(CaptureFile File, ContainerEntry Entry)> batch, int parallelism)
    {
        CaptureResult One((CaptureFile File, ContainerEntry Entry) page) => Process(page.File, _readers.ReaderFor(page.Entry.Extension), page.Entry);
        return parallelism <= 1 || batch.Count < 2
            ? [.. batch.Select(One)]
            : [.. batch.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Min(parallelism, batch.Count)).Select(One)];
    }

    private CaptureResult Process(CaptureFile file, ICaptureReader reader, ContainerEntry? entry)
    {
        var diagnostics = new List<Diagnostic>();
        var sidecar = file.SidecarBytes is null
            ? null
            : YamlReader.Read<Sidecar>(CaptureInput.Decode(file.SidecarBytes), SidecarPath(file), diagnostics, duplicateKeys: DiagnosticSeverity.Warning);
        var bytes = file.Bytes;
        if (bytes.Length > MaxCaptureBytes)
        {
            diagnostics.Add(Diagnostic.Warning("ARC021", $"The capture is {bytes.Length / (1024 * 1024)} MB; only its first {MaxCaptureBytes / (1024 * 1024)} MB were read.", file.Path));
            bytes = bytes[..MaxCaptureBytes];
        }

        var input = CaptureInput.FromBytes(file.Path, bytes, entry?.Charset);
        var (rule, rules) = FindRule(file.Path, input.Text, sidecar);
        var result = reader.Read(input, rules);
        var article = result.Article;
        if (article.Format == CaptureFormat.Text)
        {
            // Story identity compares the whole dump too, whichever block the reader kept as the body.
            article = article with { PageSample = Analysis.Stories.PageSample.Of(TextCleaner.WithoutSoftHyphens(input.Text)) };
        }

        if (entry is not null)
        {
            article = article with { CanonicalUrl = article.CanonicalUrl ?? entry.Url, Captured = entry.Captured ?? article.Captured };
        }
        if (rule?.Name is { Length: > 0 } name && article.SourceName is null)
        {
            article = article with { SourceName = name };
        }

        if (sidecar is not null)
        {
            article = Apply(sidecar, article, SidecarPath(file), diagnostics);
        }

        article = CaptureLimits.Apply(Clean(article), file.Path, diagnostics);
        if (article.Title.Length == 0)
        {
            diagnostics.Add(Diagnostic.Warning("ARC030", "No title found; the file name is used.", file.Path));
            article = article with { Title = Path.GetFileNameWithoutExtension(file.Path) };
        }

        if (article.Body.Count == 0)
        {
            diagnostics.Add(Diagnostic.Warning("ARC031", "No article body found.", file.Path));
        }

        return result with { Article = article, Diagnostics = [.. result.Diagnostics, .. diagnostics] };
    }

    private static string SidecarPath(CaptureFile file) => file.SidecarPath ?? file.Path + ".yml";

    private static Article Apply(Sidecar sidecar, Article article, string sidecarPath, ICollection<Diagnostic> diagnostics) =>
        Apply(sidecar, article, DateValue.Parse(sidecar.Published, "published", sidecarPath, diagnostics), sidecarPath, diagnostics);

    /// <summary>A day the archivist states in the sidecar is exact, whatever the capture's own evidence was.</summary>
    private static Article Apply(Sidecar sidecar, Article article, DateOnly? published, string sidecarPath, ICollection<Diagnostic> diagnostics) => article with
    {
        Title = Clean(sidecar.Title) ?? article.Title,
        CanonicalUrl = Clean(sidecar.Url) ?? article.CanonicalUrl,
        Published = published ?? article.Published,
        PublishedConfidence = published is null ? article.PublishedConfidence : DateConfidence.Exact,
        Captured = DateValue.Parse(sidecar.Captured, "captured", sidecarPath, diagnostics) ?? article.Captured,
        SourceName = Clean(sidecar.Source) ?? article.SourceName,
        Byline = Clean(sidecar.Byline) ?? article.Byline,
        Standfirst = Clean(sidecar.Standfirst) ?? article.Standfirst,
        Tags = sidecar.Tags is { Count: > 0 } tags ? [.. article.Tags, .. tags] : article.Tags,
        Aliases = sidecar.Aliases is { Count: > 0 } aliases ? [.. article.Aliases, .. aliases] : article.Aliases,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// Every text field without characters a page cannot carry, and the names shown on their own (title, byline,
    /// source, tags) without invisible characters that disguise them; blocks and names left empty are dropped.
    /// </summary>
    private static Article Clean(Article article) => article with
    {
        Title = TextCleaner.CleanLabel(article.Title).Trim(),
        Standfirst = TextCleaner.CleanOrNull(article.Standfirst),
        Byline = Label(article.Byline),
        SourceName = Label(article.SourceName),
        Dateline = TextCleaner.CleanOrNull(article.Dateline),
        Section = TextCleaner.CleanOrNull(article.Section),
        CanonicalUrl = TextCleaner.CleanOrNull(article.CanonicalUrl),
        Body = article.Body
            .Select(b => b.Figure is { } figure ? b with { Figure = Clean(figure) } : CleanText(b))
            .Where(b => b.Text.Length > 0 || b.Figure is not null)
            .ToList(),
        Lead = article.Lead is { } lead ? Clean(lead) : null,
        Captions = article.Captions.Select(TextCleaner.Clean).Where(c => !string.IsNullOrWhiteSpace(c)).ToList(),
        Tags = article.Tags.Select(TextCleaner.CleanLabel).Where(t => !string.IsNullOrWhiteSpace(t)).ToList(),
    };

    /// <summary>
    /// A block's text cleaned. Tabs inside a line of a text dump separate a table's cells (what a browser copies from a
    /// table): the cells are joined by spaces and their starts kept (<see cref="TableCells"/>).
    /// </summary>
    private static Block CleanText(Block block)
    {
        if (block.Cells is not null || !block.Text.Trim().Contains('\t', StringComparison.Ordinal))
        {
            return block with { Text = TextCleaner.Clean(block.Text).Trim() };
        }

        var (text, cells) = TableCells.Join(block.Text.Split('\t').Select(cell => TextCleaner.Clean(cell).Trim()));
        return block with { Text = text, Cells = cells };
    }

    private static Figure Clean(Figure figure) => figure with
    {
        Alt = figure.Alt is null ? null : TextCleaner.Clean(figure.Alt).Trim(),
        Caption = TextCleaner.CleanOrNull(figure.Caption)?.Trim(),
    };

    private static string? Label(string? value) => value is null ? null : TextCleaner.CleanLabel(value) is { Length: > 0 } label ? label : null;

    /// <summary>The first site.yml source rule whose match occurs in the path, the sidecar URL or source, or the capture's opening text.</summary>
    private (SourceRuleSettings? Settings, SourceRules Rules) FindRule(string path, string text, Sidecar? sidecar)
    {
        if (_sources.Length == 0)
        {
            return (null, SourceRules.None);
        }

        var head = text.Length > 4096 ? text.AsSpan(0, 4096) : text;
        foreach (var (settings, rules) in _sources)
        {
            var match = settings.Match;
            if (path.Contains(match, StringComparison.OrdinalIgnoreCase) ||
                (sidecar?.Url?.Contains(match, StringComparison.OrdinalIgnoreCase) ?? false) ||
                (sidecar?.Source?.Contains(match, StringComparison.OrdinalIgnoreCase) ?? false) ||
                head.Contains(match, StringComparison.OrdinalIgnoreCase))
            {
                return (settings, rules);
            }
        }

        return (null, SourceRules.None);
    }
}
