using Archive.Core.Analysis.Index;
using Archive.Core.Analysis.Sources;
using Archive.Core.Diagnostics;
using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Model;
using Archive.Core.Modules;
using Archive.Core.Rendering.Pages;

namespace Archive.Core.Caching;

/// <summary>
/// One build's view of the <see cref="BuildCache"/>: it hands the capture cache (<see cref="Captures"/>, used by the
/// <see cref="CacheCaptures"/> wrapper) and rendering's page reuse (<see cref="Pages"/>) their part of the last build's
/// state, and collects the new state once the site is written. What a running preview keeps in memory (the last
/// resolution and index pages) is still reached through calls from the archive and rendering modules.
/// Without a cache every call is a pass-through.
/// </summary>
public sealed class IncrementalBuild : IPreviousBuild
{
    private readonly BuildCache? _cache;
    private readonly string _output = "";
    private readonly UInt128 _settings;
    private readonly bool _outputVerified;
    private readonly ArchiveMemory? _memory;
    private readonly UInt128 _themeSalt;
    private Dictionary<string, (Article Analysed, Article Resolved)>? _resolved;
    private List<string>? _order;
    private ArchiveIndex? _index;
    private IReadOnlyList<string>? _archivePages;

    private IncrementalBuild()
    {
    }

    private readonly IReadOnlyCollection<string>? _changedFiles;

    private readonly bool _focused;

    private IncrementalBuild(BuildCache cache, BuildPaths paths, UInt128 fingerprint, IReadOnlyCollection<string>? changedFiles, IReadOnlySet<string>? focus)
    {
        _cache = cache;
        _focused = focus is not null;
        _changedFiles = changedFiles;
        _output = Path.GetFullPath(paths.Output);
        Fingerprint = fingerprint;
        var site = paths.SiteFile is { } file && FileKind.IsRegularFile(file) ? File.ReadAllBytes(file) : [];
        _settings = new ContentHash().Add(GeneratorVersion.Value).Add(site).Value;
        var state = cache.State;
        // The output folder is taken to be as the last build left it when its top-level files are (a deleted or
        // replaced folder, or a rewritten home page or report, shows there); files edited by hand deeper down are
        // not looked for: 'build --no-cache' rewrites everything.
        _outputVerified = state.TopLevel is { } top && (cache.TrustOutput || SameFiles(TopLevelStamps(_output), top));
        var salts = ThemeSalts.Of(paths.Theme, _settings);
        _themeSalt = salts.Theme;
        Captures = new CaptureCache(cache, _settings, new Images.LocalImageFiles(paths.Input));
        Pages = new PageReuse(_output, salts, state.Pages, _outputVerified ? state.Output : null) { Focus = focus };
        _memory = cache.Memory;
        // The map is trusted only under the theme and settings it was made with; the layout's salt is in every list's
        // facts too. A focused build keeps no memory, so the build after it makes the map again.
        PageFacts = new PageFacts(Pages, _memory is { } memory && memory.Settings == _settings && memory.ThemeSalt == _themeSalt ? memory.PageFacts : null);
    }

    /// <summary>A view for a build without a cache: every call passes through. One per build: it holds that build's state.</summary>
    public static IncrementalBuild PassThrough() => new();

    /// <summary>Set by <see cref="ReuseResolution"/> when this build only changed the text of some articles (a preview edit).</summary>
    public ArchiveDelta? Delta { get; private set; }

    public bool Enabled => _cache is not null;

    /// <summary>The captures this build found in the cache or made (what <see cref="CacheCaptures"/> looks up); null without a cache.</summary>
    internal CaptureCache? Captures { get; }

    /// <summary>Which pages keep the file the last build wrote (rendering's policy over this cache's state); null without a cache.</summary>
    public PageReuse? Pages { get; }

    /// <inheritdoc/>
    public PageFacts? PageFacts { get; }

    /// <inheritdoc/>
    public ArchiveIndex? PatchedIndex => Delta?.Index;

    /// <inheritdoc/>
    public Analysis.Stories.StoryMemo? Stories => _cache?.Stories;

    internal UInt128 Fingerprint { get; }

    /// <summary>Captures read from the cache / normalised again; pages reused / rendered.</summary>
    public (int CapturesCached, int CapturesNormalised, int PagesReused, int PagesRendered) Counts =>
        (Captures?.Counts.Hits ?? 0, (Captures?.Counts.Looked ?? 0) - (Captures?.Counts.Hits ?? 0), Pages?.Reused ?? 0, Pages?.Rendered ?? 0);

    /// <summary>The hash of everything a build reads, taken from stamps only (no file is read but the site file).</summary>
    internal static UInt128 FingerprintOf(BuildPaths paths) => SiteStamps.Scan(paths).Fingerprint()!.Value;

    /// <summary>
    /// A build over <paramref name="cache"/>. <paramref name="changedFiles"/>, when a watcher knows them, are the only
    /// files changed since the last build of this process: the input folder is not walked again and no fingerprint
    /// is taken (the build is known to have work to do).
    /// </summary>
    internal static IncrementalBuild Begin(BuildCache cache, BuildPaths paths, IReadOnlyCollection<string>? changedFiles = null, IReadOnlySet<string>? focus = null)
    {
        ArgumentNullException.ThrowIfNull(cache);
        if (changedFiles is null)
        {
            cache.Stamps = SiteStamps.Scan(paths);
            return new(cache, paths, cache.Stamps.Fingerprint()!.Value, changedFiles, focus);
        }

        // A watcher's rebuild: its files are stamped before they are read, for the state the preview leaves behind.
        if (cache.Stamps is { } stamps && stamps.Paths == paths)
        {
            stamps.Update(changedFiles);
        }
        else
        {
            cache.Stamps = null;
        }

        return new(cache, paths, 0, changedFiles, focus);
    }

    /// <summary>When nothing a build reads has changed since the last one and the output folder is as it left it: that build's outcome.</summary>
    internal CacheState.LastBuild? Unchanged() =>
        _cache is { State: { Last: { } last } state } && Fingerprint != 0 && state.Fingerprint == Fingerprint && _outputVerified ? last : null;

    /// <summary>FindCaptures: the captures and orphan sidecars of the input folder, from the last walk when the watcher accounts for every change.</summary>
    public InputListing Walk(string input, Normalization.CaptureReaderRegistry readers)
    {
        if (_cache is null)
        {
            return InputScanner.Walk(input, readers);
        }

        var walk = (_changedFiles is not null && _cache.LastWalk is { } last ? last.Refresh(input, _changedFiles, readers) : null)
            ?? new InputWalk(input, InputScanner.Walk(input, readers));
        _cache.LastWalk = walk;
        return walk.Listing;
    }

    /// <summary>
    /// ResolveArchive: the last build's resolution, when every article is the one it resolved or differs from it
    /// only in what no other page reads (<see cref="ArticleShape"/>); its index is patched to hold the new versions
    /// and <see cref="Delta"/> names them. Null when the archive must be resolved again.
    /// </summary>
    public IReadOnlyList<Article>? ReuseResolution(IReadOnlyList<Article> analysed)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        if (_cache is null || _memory is null)
        {
            return null;
        }

        // Used at most once: a build that fails after patching the index must not leave it to the next one.
        _cache.Memory = null;
        // site.yml's source aliases and tag rules decide the resolution: a new site file resolves again.
        if (analysed.Count != _memory.Articles.Count || _memory.Settings != _settings)
        {
            return null;
        }

        var resolved = new Article[analysed.Count];
        var changed = new List<(Article Previous, Article Current)>();
        for (var i = 0; i < analysed.Count; i++)
        {
            var article = analysed[i];
            if (!_memory.Articles.TryGetValue(article.SourcePath, out var last))
            {
                return null;
            }

            if (ReferenceEquals(last.Analysed, article))
            {
                resolved[i] = last.Resolved;
            }
            else if (ArticleShape.Same(last.Analysed, article))
            {
                resolved[i] = article with
                {
                    SourceName = last.Resolved.SourceName,
                    Tags = last.Resolved.Tags,
                    Entities = last.Resolved.Entities,
                    Permalink = last.Resolved.Permalink,
                };
                changed.Add((last.Resolved, resolved[i]));
            }
            else
            {
                return null;
            }
        }

        if (SharesChangedParagraphs(analysed, changed))
        {
            return null;
        }

        foreach (var (previous, current) in changed)
        {
            _memory.Index.Replace(previous, current);
        }

        Delta = new ArchiveDelta(changed.Select(c => c.Current.SourcePath).ToHashSet(StringComparer.Ordinal), _memory.Index);
        return resolved;
    }

    /// <summary>
    /// ResolveArchive: the last resolution's entities, when every article is the one resolved last, in the same place,
    /// or differs from it only in what the entity resolution does not read (<see cref="ArticleShape.SameEntityInputs"/>).
    /// The entities are a function of those inputs in that order, so they resolve as they did.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<EntityMention>>? ReuseEntities(IReadOnlyList<Article> analysed)
    {
        var kept = Kept(analysed, ArticleShape.SameEntityInputs, resolved => resolved.Entities);
        EntitiesKept = kept is not null;
        return kept;
    }

    /// <summary>Set by <see cref="ReuseEntities"/> when this build kept the last resolution's entities.</summary>
    public bool EntitiesKept { get; private set; }

    /// <summary>
    /// ResolveArchive: the last resolution's source names, when every article is the one resolved last, in the same
    /// place, or differs from it only in what the source resolution does not read (<see cref="ArticleShape.SameSourceInputs"/>).
    /// </summary>
    public IReadOnlyList<string?>? ReuseSources(IReadOnlyList<Article> analysed)
    {
        var kept = Kept(analysed, ArticleShape.SameSourceInputs, resolved => resolved.SourceName);
        SourcesKept = kept is not null;
        return kept;
    }

    /// <summary>Set by <see cref="ReuseSources"/> when this build kept the last resolution's source names.</summary>
    public bool SourcesKept { get; private set; }

    /// <summary>
    /// What one side of the last resolution gave each article, when the same articles come in the same order and each
    /// is the one resolved last or the same as it by <paramref name="same"/>; null otherwise. An archive-wide side is a
    /// function of what it reads of every article, in order, so equal inputs give its last output.
    /// </summary>
    private T[]? Kept<T>(IReadOnlyList<Article> analysed, Func<Article, Article, bool> same, Func<Article, T> take)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        if (_memory is null || _memory.Settings != _settings || analysed.Count != _memory.Order.Count)
        {
            return null;
        }

        var kept = new T[analysed.Count];
        for (var i = 0; i < analysed.Count; i++)
        {
            var article = analysed[i];
            if (!string.Equals(_memory.Order[i], article.SourcePath, StringComparison.Ordinal)
                || !_memory.Articles.TryGetValue(article.SourcePath, out var last)
                || !(ReferenceEquals(last.Analysed, article) || same(last.Analysed, article)))
            {
                return null;
            }

            kept[i] = take(last.Resolved);
        }

        return kept;
    }

    /// <summary>
    /// Whether an edit changed the opening of a long paragraph (<see cref="SourceResolver.ParagraphKeys"/>) that
    /// another article also has: then a text dump's source, found through the pages it shares paragraphs with, may
    /// change, and the archive is resolved again. An opening no other article has decides nothing.
    /// </summary>
    internal static bool SharesChangedParagraphs(IReadOnlyList<Article> analysed, List<(Article Previous, Article Current)> changed)
    {
        var differing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (previous, current) in changed)
        {
            var either = new HashSet<string>(SourceResolver.ParagraphKeys(previous), StringComparer.Ordinal);
            either.SymmetricExceptWith(SourceResolver.ParagraphKeys(current));
            differing.UnionWith(either);
        }

        if (differing.Count == 0)
        {
            return false;
        }

        var edited = changed.Select(c => c.Current.SourcePath).ToHashSet(StringComparer.Ordinal);
        return analysed.Any(a => !edited.Contains(a.SourcePath) && SourceResolver.ParagraphKeys(a).Any(differing.Contains));
    }

    /// <summary>ResolveArchive: remembers how each analysed article resolved, for the next build of a preview.</summary>
    public void Resolved(IReadOnlyList<Article> analysed, IReadOnlyList<Article> resolved)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        ArgumentNullException.ThrowIfNull(resolved);
        if (_cache is not null)
        {
            _resolved = new Dictionary<string, (Article, Article)>(analysed.Count, StringComparer.Ordinal);
            for (var i = 0; i < analysed.Count; i++)
            {
                _resolved[analysed[i].SourcePath] = (analysed[i], resolved[i]);
            }

            _order = analysed.Select(a => a.SourcePath).ToList();
        }
    }

    /// <summary>IndexArchive: the index this build renders from (the patched one of <see cref="Delta"/>, or a new one).</summary>
    public void IndexInUse(ArchiveIndex index) => _index = index;

    /// <summary>RenderArticles: an unedited article's page as the output holds it, when only other articles' text changed.</summary>
    public Document? ReuseArticlePage(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var url = article.Permalink ?? "/";
        if (!CanReuse || Delta!.Changed.Contains(article.SourcePath) || Unaffected(PageFactory.DestinationOf(url), page: true) is not { } page)
        {
            return null;
        }

        PageFacts!.Carry(url); // the page is as it was, so is its entry in the dependency map
        return page with { Source = article.SourcePath };
    }

    /// <summary>RenderArchives: every index page as the output holds it, when only the text of some articles changed.</summary>
    public IReadOnlyList<Document>? ReuseArchivePages()
    {
        if (!CanReuse)
        {
            return null;
        }

        var pages = new List<Document>(_memory!.ArchivePages.Count);
        foreach (var destination in _memory.ArchivePages)
        {
            if (Unaffected(destination, page: true) is not { } page)
            {
                return null;
            }

            pages.Add(page);
        }

        _archivePages = _memory.ArchivePages;
        PageFacts!.KeepAll();
        return pages;
    }

    /// <summary>RenderArchives: the index pages this build produced, for the next build of a preview.</summary>
    public void ArchivePagesRendered(IEnumerable<Document> pages)
    {
        if (_cache is not null)
        {
            _archivePages = pages.Select(p => p.Destination!).ToList();
        }
    }

    /// <summary>Feeds and the sitemap: the file as the output holds it, when none of <paramref name="shown"/> is an edited article.</summary>
    public Document? ReuseFile(string destination, IEnumerable<Article> shown) =>
        CanReuse && !shown.Any(a => Delta!.Changed.Contains(a.SourcePath)) ? Unaffected(destination, page: false) : null;

    private IReadOnlyList<BuildReport.Entry>? _report;

    /// <summary>WriteSite: build-report.json; the file as the output holds it when a preview rebuild left every entry as it was.</summary>
    public Document Report(BuildReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var entries = report.Entries;
        if (_cache is not null)
        {
            var last = _cache.LastReport;
            _report = entries; // the cache's only once this build has committed (Complete)
            if (CanReuse && last is not null && last.SequenceEqual(entries) && Unaffected("build-report.json", page: false) is { } kept)
            {
                return kept;
            }
        }

        return Document.Output("build-report.json", BuildReport.ToJson(entries));
    }

    /// <summary>Only some articles' text changed since the last build of this process, under the same theme and settings.</summary>
    private bool CanReuse => Delta is not null && _memory!.ThemeSalt == _themeSalt;

    /// <summary>A file the last build wrote and whose inputs are known not to have changed: kept (a page with its signature).</summary>
    private Document? Unaffected(string destination, bool page) => Pages!.Unaffected(destination, page);

    /// <summary>
    /// True when this build's pages can be written in place: a running preview owns the output folder and the cache
    /// knows it. Else a new tree (unchanged files hard-linked) is swapped in at the end. Both commits show the old
    /// site or the new one; in place is faster and relies on the journal being finished by the next command.
    /// </summary>
    internal bool CanWriteInPlace(string outputDirectory) =>
        _cache is { TrustOutput: true } && _outputVerified && _cache.State.Output is not null &&
        string.Equals(Path.GetFullPath(outputDirectory), _output, StringComparison.Ordinal);

    /// <summary>The output folder's files as the last build left them, when it is known to be as it left it.</summary>
    internal SortedDictionary<string, FileStamp>? KnownOutput => _outputVerified ? _cache?.State.Output : null;

    /// <summary>After a build that wrote the site, whose output folder now holds <paramref name="output"/>: the cache now describes it. Saved to disk.</summary>
    internal void Complete(IReadOnlyList<Diagnostic> diagnostics, BuildReport report, int files, SortedDictionary<string, FileStamp>? output)
    {
        if (_cache is null || output is null)
        {
            return;
        }

        var state = new CacheState
        {
            // A watcher's rebuild takes no fingerprint (it knows it has work to do), but leaves the one of the files it
            // read for the build after the preview.
            Fingerprint = _focused ? 0 : Fingerprint != 0 ? Fingerprint : _cache.Stamps?.Fingerprint() ?? 0,
            Output = output,
            Last = new CacheState.LastBuild(diagnostics.ToList(), report.Entries, files),
        };
        var captures = Captures!;
        foreach (var (path, record) in captures.Inputs)
        {
            state.Inputs[path] = record;
        }

        foreach (var (destination, signature) in Pages!.Signatures)
        {
            state.Pages[destination] = signature;
        }

        var changed = captures.Counts.Hits != captures.Counts.Looked || _cache.State.Inputs.Count != captures.Inputs.Count;
        _cache.State = state;
        _cache.LastReport = _report ?? _cache.LastReport;
        // A focused build kept pages it did not render: nothing of it may be kept as the output of its inputs.
        _cache.Memory = !_focused && _resolved is not null && _index is not null && _archivePages is not null
            ? new ArchiveMemory { Articles = _resolved, Order = _order!, Index = _index, ThemeSalt = _themeSalt, Settings = _settings, ArchivePages = _archivePages, PageFacts = PageFacts!.Current }
            : null;
        if (changed && (_cache.PruneAfterEachBuild || _cache.Articles.Count > 2 * captures.Counts.Looked))
        {
            _cache.Articles.Prune(captures.Keys.ToHashSet(StringComparer.Ordinal));
        }

        _cache.Save();
    }

    /// <summary>Forgets what the output folder holds, so the next build checks every file (after a failed write).</summary>
    internal void Invalidate()
    {
        if (_cache is not null)
        {
            _cache.State = new CacheState();
            _cache.Memory = null;
            _cache.Save();
        }
    }

    private static SortedDictionary<string, FileStamp> TopLevelStamps(string output)
    {
        var stamps = new SortedDictionary<string, FileStamp>(StringComparer.Ordinal);
        if (Directory.Exists(output))
        {
            foreach (var file in new DirectoryInfo(output).EnumerateFiles())
            {
                stamps[file.Name] = new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks);
            }
        }

        return stamps;
    }

    private static bool SameFiles(SortedDictionary<string, FileStamp> actual, SortedDictionary<string, FileStamp> expected) =>
        actual.Count == expected.Count && actual.All(kv => expected.TryGetValue(kv.Key, out var stamp) && stamp == kv.Value);
}
