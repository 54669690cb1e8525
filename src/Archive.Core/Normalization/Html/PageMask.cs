using AngleSharp.Dom;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Elements left out of the article without touching the DOM, so that a second, less strict pass can
/// start again from the same parsed page. The reasons are kept for the report.
/// </summary>
internal sealed class PageMask
{
    private readonly Dictionary<IElement, string> _reasons = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IElement> _removed = new(ReferenceEqualityComparer.Instance);

    public IReadOnlySet<IElement> Removed => _removed;

    public IEnumerable<KeyValuePair<IElement, string>> Reasons => _reasons;

    public bool IsRemoved(IElement element) => _removed.Contains(element);

    public void Remove(IElement element, string reason)
    {
        if (_removed.Add(element))
        {
            _reasons[element] = reason;
        }
    }
}
