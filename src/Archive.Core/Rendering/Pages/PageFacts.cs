using Archive.Core.Engine;

namespace Archive.Core.Rendering.Pages;

/// <summary>
/// The page dependency map: per paginated list (a term's, a period's, the undated articles') and per article page, the
/// hash of the facts its pages are made from and the pages it made. A list's facts are the arguments of
/// <c>ArchivePages.ArticleList</c> (the page, its intro and extra values, and the summary of every article it lists, in
/// order); an article page's are <see cref="ArticleFacts"/>; both with the layout's salt, which covers base, partials,
/// assets and settings. A list or page whose facts hash as in the last build keeps its files with their last
/// signatures, without making their view models; any other is made and signed as before. A running preview keeps the
/// map of its last build in memory (<c>Caching.ArchiveMemory</c>), valid only under the same theme and settings.
/// Thread-safe.
/// </summary>
public sealed class PageFacts
{
    private readonly PageReuse _reuse;
    private readonly IReadOnlyDictionary<string, Entry> _previous;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private int _kept;
    private int _keptPages;

    internal PageFacts(PageReuse reuse, IReadOnlyDictionary<string, Entry>? previous)
    {
        ArgumentNullException.ThrowIfNull(reuse);
        _reuse = reuse;
        _previous = previous ?? new Dictionary<string, Entry>(StringComparer.Ordinal);
    }

    /// <summary>What one list was made from, and the destinations of its pages.</summary>
    public sealed record Entry(UInt128 Facts, IReadOnlyList<string> Destinations);

    /// <summary>The lists this build made or kept, for the next build.</summary>
    public IReadOnlyDictionary<string, Entry> Current => _current;

    /// <summary>Lists kept whole in this build (their pages' view models were not made).</summary>
    public int Kept => _kept;

    /// <summary>Single pages (articles') kept in this build without their view models being made.</summary>
    public int KeptPages => _keptPages;

    /// <summary>The salt a page of <paramref name="layout"/> is signed with (<see cref="PageReuse.LayoutSalt"/>).</summary>
    internal UInt128 LayoutSalt(string layout) => _reuse.LayoutSalt(layout);

    /// <summary>
    /// Records the list <paramref name="list"/> (its first page's URL) as made from <paramref name="facts"/> into
    /// <paramref name="destinations"/>; returns its pages as the output holds them when the last build made it from the
    /// same facts and every page is still there, else null (the caller makes the pages).
    /// </summary>
    public IReadOnlyList<Document>? Keep(string list, UInt128 facts, IReadOnlyList<string> destinations)
    {
        var kept = Record(list, facts, destinations);
        if (kept is not null)
        {
            Interlocked.Increment(ref _kept);
        }

        return kept;
    }

    /// <summary>
    /// Records the page at <paramref name="url"/> (an article's) as made from <paramref name="facts"/>; returns it as the
    /// output holds it when the last build made it from the same facts, else null (the caller renders it).
    /// </summary>
    public Document? KeepPage(string url, UInt128 facts)
    {
        var kept = Record(url, facts, [PageFactory.DestinationOf(url)]);
        if (kept is null)
        {
            return null;
        }

        Interlocked.Increment(ref _keptPages);
        return kept[0];
    }

    private List<Document>? Record(string list, UInt128 facts, IReadOnlyList<string> destinations)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(destinations);
        _current[list] = new Entry(facts, destinations);
        if (!_previous.TryGetValue(list, out var last) || last.Facts != facts || !last.Destinations.SequenceEqual(destinations, StringComparer.Ordinal) ||
            !destinations.All(_reuse.CanKeep))
        {
            return null;
        }

        var kept = new List<Document>(destinations.Count);
        foreach (var destination in destinations)
        {
            if (_reuse.Unaffected(destination, page: true) is not { } page)
            {
                return null; // not reached: CanKeep said it is there
            }

            kept.Add(page);
        }

        return kept;
    }

    /// <summary>
    /// A page made without facts (an article whose story has versions): no last entry may stand for it, or a later
    /// build whose facts match that entry would keep this page.
    /// </summary>
    public void Forget(string key) => _current[key] = Unmatched;

    // No page is made into no destinations: an entry that Record never matches.
    private static readonly Entry Unmatched = new(0, []);

    /// <summary>A page or list kept by other means (a preview's text edit left it alone): its last entry stands.</summary>
    public void Carry(string key)
    {
        if (_previous.TryGetValue(key, out var entry))
        {
            _current.TryAdd(key, entry);
        }
    }

    /// <summary>
    /// A build that kept every list page as it was (a preview's text edit): the last entries stand, except those this
    /// build recorded anew (the edited articles' pages), whichever comes first.
    /// </summary>
    public void KeepAll()
    {
        foreach (var (list, entry) in _previous)
        {
            _current.TryAdd(list, entry);
        }
    }
}
