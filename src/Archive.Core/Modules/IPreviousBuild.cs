using Archive.Core.Analysis.Index;
using Archive.Core.Engine;
using Archive.Core.Inputs;
using Archive.Core.Model;
using Archive.Core.Normalization;
using Archive.Core.Rendering.Pages;

namespace Archive.Core.Modules;

/// <summary>
/// What the modules may reuse of the last build, asked at the points where they would otherwise do the work: the
/// last walk of the input folder, the last resolution of the archive and the pages it rendered (a preview's
/// in-memory delta, when only the text of some articles changed), unchanged feeds and the build report. The
/// modules own this contract and the build cache implements it (<c>Caching.IncrementalBuild</c>), so the modules
/// do not depend on the cache; <see cref="NoPreviousBuild"/> is the build that reuses nothing.
/// </summary>
public interface IPreviousBuild
{
    /// <summary>Which pages keep the file the last build wrote (rendering's policy); null when none can.</summary>
    PageReuse? Pages { get; }

    /// <summary>RenderArticles and RenderArchives: the page dependency map (lists and article pages), holding the last build's when it can be trusted; null keeps no map.</summary>
    PageFacts? PageFacts { get; }

    /// <summary>The last build's index patched to hold the edited articles, when only their text changed; else null.</summary>
    ArchiveIndex? PatchedIndex { get; }

    /// <summary>GroupStories: what story grouping worked out per capture in earlier builds of this process; null when nothing is kept.</summary>
    Analysis.Stories.StoryMemo? Stories { get; }

    /// <summary>FindCaptures: the captures and orphan sidecars of the input folder.</summary>
    InputListing Walk(string input, CaptureReaderRegistry readers);

    /// <summary>ResolveArchive: the last build's resolution of these articles when it still holds; null when the archive must be resolved.</summary>
    IReadOnlyList<Article>? ReuseResolution(IReadOnlyList<Article> analysed);

    /// <summary>
    /// ResolveArchive, when the archive must be resolved: each article's canonical entities as the last build resolved
    /// them, when the same articles come in the same order with the same entity inputs (only their titles, dates, tags or
    /// sources changed); null when the entities must be resolved again.
    /// </summary>
    IReadOnlyList<IReadOnlyList<EntityMention>>? ReuseEntities(IReadOnlyList<Article> analysed);

    /// <summary>ResolveArchive, when the archive must be resolved: each article's source name as the last build resolved it, when no article's source inputs changed; else null.</summary>
    IReadOnlyList<string?>? ReuseSources(IReadOnlyList<Article> analysed);

    /// <summary>ResolveArchive: how each analysed article resolved, for the next build.</summary>
    void Resolved(IReadOnlyList<Article> analysed, IReadOnlyList<Article> resolved);

    /// <summary>IndexArchive: the index this build renders from.</summary>
    void IndexInUse(ArchiveIndex index);

    /// <summary>RenderArticles: an unedited article's page as the output holds it; null when it must be rendered.</summary>
    Document? ReuseArticlePage(Article article);

    /// <summary>RenderArchives: every index page as the output holds it; null when they must be rendered.</summary>
    IReadOnlyList<Document>? ReuseArchivePages();

    /// <summary>RenderArchives: the index pages this build produced, for the next build.</summary>
    void ArchivePagesRendered(IEnumerable<Document> pages);

    /// <summary>Feeds and the sitemap: the file as the output holds it when none of <paramref name="shown"/> changed; else null.</summary>
    Document? ReuseFile(string destination, IEnumerable<Article> shown);

    /// <summary>WriteSite: build-report.json (the file as the output holds it when it would not change).</summary>
    Document Report(BuildReport report);
}

/// <summary>A build that reuses nothing: the input folder is walked, everything is made again.</summary>
public sealed class NoPreviousBuild : IPreviousBuild
{
    public PageReuse? Pages => null;

    public PageFacts? PageFacts => null;

    public ArchiveIndex? PatchedIndex => null;

    public Analysis.Stories.StoryMemo? Stories => null;

    public InputListing Walk(string input, CaptureReaderRegistry readers) => InputScanner.Walk(input, readers);

    public IReadOnlyList<Article>? ReuseResolution(IReadOnlyList<Article> analysed) => null;

    public IReadOnlyList<IReadOnlyList<EntityMention>>? ReuseEntities(IReadOnlyList<Article> analysed) => null;

    public IReadOnlyList<string?>? ReuseSources(IReadOnlyList<Article> analysed) => null;

    public void Resolved(IReadOnlyList<Article> analysed, IReadOnlyList<Article> resolved)
    {
    }

    public void IndexInUse(ArchiveIndex index)
    {
    }

    public Document? ReuseArticlePage(Article article) => null;

    public IReadOnlyList<Document>? ReuseArchivePages() => null;

    public void ArchivePagesRendered(IEnumerable<Document> pages)
    {
    }

    public Document? ReuseFile(string destination, IEnumerable<Article> shown) => null;

    public Document Report(BuildReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Document.Output("build-report.json", BuildReport.ToJson(report.Entries));
    }
}
