using System.Buffers;
using System.Globalization;
using Archive.Core.Analysis.Index;
using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Model;
using Archive.Core.Rendering.Views;

namespace Archive.Core.Rendering.Pages;

/// <summary>What every page builder shares: the theme, the settings, the index, and small view helpers.</summary>
public sealed class PageFactory(Theme theme, SiteSettings settings, ArchiveIndex index)
{
    public Theme Theme => theme;

    public SiteSettings Settings => settings;

    public ArchiveIndex Index => index;

    /// <summary>Which pages keep the file the last build wrote; null renders every page.</summary>
    public PageReuse? Reuse { get; init; }

    /// <summary>Where rendered pages are written at once, so their bytes are not held; null keeps them in memory.</summary>
    public Output.SiteSink? Sink { get; init; }

    public SiteView Site { get; } = new(settings.Title, settings.Description, settings.NormalisedBaseUrl, settings.Language);

    /// <summary>The file a page URL is served from: a folder's index.html, or the file itself for a URL such as /404.html.</summary>
    public static string DestinationOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.Trim('/');
        return path.Length == 0 ? "index.html" : url.EndsWith(".html", StringComparison.Ordinal) ? path : path + "/index.html";
    }

    public string Absolute(string url) => settings.NormalisedBaseUrl + url.TrimStart('/');

    public PageView Page(string title, string url, string kind, string? description = null) =>
        new(title, url, Absolute(url), description ?? settings.Description, kind);

    /// <summary>Renders a page and wraps it as an output document.</summary>
    public Document Render(string layout, PageView page, params (string Name, object? Value)[] variables)
    {
        var all = Variables(page, variables);

        // Incremental builds: a page whose layout and view model hash as before keeps its file.
        var destination = DestinationOf(page.Url);
        return Reuse?.TryReuse(layout, destination, all) is { } reused ? Sink?.Store(reused) ?? reused : Rendered(layout, destination, all);
    }

    /// <summary>
    /// Renders a page whose signature is taken of <paramref name="key"/>, a stand-in for its view that is cheaper to make
    /// and changes whenever the view would: <paramref name="complete"/> makes the view itself, and is called only when
    /// the page must be rendered.
    /// </summary>
    public Document Render(string layout, PageView page, (string Name, object? Value)[] key, Func<(PageView Page, (string Name, object? Value)[] Variables)> complete)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(complete);
        var destination = DestinationOf(page.Url);
        if (Reuse?.TryReuse(layout, destination, Variables(page, key)) is { } reused)
        {
            return Sink?.Store(reused) ?? reused;
        }

        var (view, variables) = complete();
        return Rendered(layout, destination, Variables(view, variables));
    }

    private Dictionary<string, object?> Variables(PageView page, (string Name, object? Value)[] variables)
    {
        var all = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = Site,
            ["page"] = page,
        };
        foreach (var (name, value) in variables)
        {
            all[name] = value;
        }

        return all;
    }

    // A page is rendered into this thread's buffer; with a sink its bytes are on disk before the buffer is used
    // again, so a build allocates no array per page (nor, see Theme.RenderUtf8, a string of it).
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_pageBytes;

    private Document Rendered(string layout, string destination, Dictionary<string, object?> variables)
    {
        var bytes = t_pageBytes ?? new ArrayBufferWriter<byte>(64 * 1024);
        t_pageBytes = null; // a render that renders another page on this thread gets a buffer of its own
        try
        {
            theme.RenderUtf8(layout, variables, bytes);
            return Sink is null
                ? Document.Output(destination, bytes.WrittenSpan.ToArray())
                : Sink.Store(Document.Output(destination, bytes.WrittenMemory));
        }
        finally
        {
            bytes.ResetWrittenCount();
            t_pageBytes = bytes;
        }
    }

    /// <summary>
    /// The same render, deferred: list builders yield these so that building view models stays in order
    /// while the templates run in parallel (a lazy sequence of rendered pages would render one at a time).
    /// </summary>
    public Func<Document> Defer(string layout, PageView page, params (string Name, object? Value)[] variables) =>
        () => Render(layout, page, variables);

    public static string? DateLabel(DateOnly? date) =>
        date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string? DateIso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// An article as list pages show it, made once per article: an article is listed on a dozen pages or more
    /// (its tags, people, places, organisations, source, year, month and day), and those pages' view models are
    /// built on one thread, so formatting its dates for each of them would hold up every core.
    /// </summary>
    public ArticleSummary Summary(Article article) => _summaries.GetOrAdd(article, static article => new(
        article.Title,
        article.Permalink ?? "/",
        DateLabel(article.Published),
        DateIso(article.Published),
        article.SourceName,
        article.Standfirst));

    // By reference: articles are records, and hashing one by value would read its whole body.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Article, ArticleSummary> _summaries = Engine.ConcurrentTables.Sized<Article, ArticleSummary>(index.Articles.Count, ReferenceEqualityComparer.Instance);

    public IReadOnlyList<ArticleSummary> Summaries(IEnumerable<Article> articles) => articles.Select(Summary).ToList();

    public static LinkView Link(Term term) => new(term.Name, term.Url, term.Articles.Count);
}
