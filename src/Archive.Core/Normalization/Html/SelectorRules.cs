using AngleSharp.Dom;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Applies a source's CSS selectors safely: a selector AngleSharp cannot parse matches nothing
/// (the site.yml loader reports it; the reader must not fail on it).
/// </summary>
internal static class SelectorRules
{
    public static HashSet<IElement> Match(IDocument document, IReadOnlyList<string> selectors)
    {
        var matched = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var selector in selectors)
        {
            if (string.IsNullOrWhiteSpace(selector))
            {
                continue;
            }

            try
            {
                foreach (var element in document.QuerySelectorAll(selector))
                {
                    matched.Add(element);
                }
            }
            catch (DomException)
            {
                // An invalid selector: ignored here, reported by the site.yml loader.
            }
            catch (ArgumentException)
            {
            }
        }

        return matched;
    }
}
