using Archive.Core.Engine;

namespace Archive.Core.Rendering.Pages;

/// <summary>
/// The dependency map of the paginated list pages (a term's, a period's, the undated articles'): per list, the hash
/// of the facts its pages are made from (the arguments of <c>ArchivePages.ArticleList</c>: the page, its intro and
/// extra values, and the summary of every article it lists, in order; the layout's salt, which covers base, partials,
/// assets and settings) and the pages it made. A list whose facts hash as in the last build keeps every one of its
/// pages with their last signatures, without making their view models; any other list is made and signed as before.
/// A running preview keeps the map of its last build in memory (<c>Caching.ArchiveMemory</c>), valid only under the
/// same theme and settings. Thread-safe.
/// </summary>
public sealed class PageFacts
{
    private readonly PageReuse _reuse;
    private readonly IReadOnlyDictionary<string, Entry> _previous;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private int _kept;

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

    /// <summary>The salt a page of <paramref name="layout"/> is signed with (<see cref="PageReuse.LayoutSalt"/>).</summary>
    internal UInt128 LayoutSalt(string layout) => _reuse.LayoutSalt(layout);

    /// <summary>
    /// Records the list <paramref name="list"/> (its first page's URL) as made from <paramref name="facts"/> into
    /// <paramref name="destinations"/>; returns its pages as the output holds them when the last build made it from the
    /// same facts and every page is still there, else null (the caller makes the pages).
    /// </summary>
    public IReadOnlyList<Document>? Keep(string list, UInt128 facts, IReadOnlyList<string> destinations)
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

        Interlocked.Increment(ref _kept);
        return kept;
    }

    /// <summary>A build that kept every list page as it was (a preview's text edit): the map is the last one.</summary>
    public void KeepAll()
    {
        foreach (var (list, entry) in _previous)
        {
            _current[list] = entry;
        }
    }
}
