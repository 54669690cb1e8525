namespace Archive.Cli.Preview;

/// <summary>
/// The HTML pages the preview served most recently, as output-relative destinations (<c>tags/x/index.html</c>): the
/// pages open in a browser, most likely. After a change that re-renders many pages (a template), the preview renders
/// these first and reloads them, then renders the rest (see <c>SiteBuilder.Focus</c>). Thread-safe.
/// </summary>
internal sealed class ViewedPages
{
    // A few tabs' worth: enough for the pages a writer keeps open, few enough that the first pass stays short.
    private const int Kept = 8;
    private readonly Lock _lock = new();
    private readonly List<string> _recent = [];

    public void Saw(string destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        lock (_lock)
        {
            _recent.Remove(destination);
            _recent.Add(destination);
            if (_recent.Count > Kept)
            {
                _recent.RemoveAt(0);
            }
        }
    }

    public IReadOnlySet<string> Snapshot()
    {
        lock (_lock)
        {
            return _recent.ToHashSet(StringComparer.Ordinal);
        }
    }
}
