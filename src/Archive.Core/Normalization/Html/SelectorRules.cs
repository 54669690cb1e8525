using AngleSharp.Dom;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Applies a source's CSS selectors safely: a selector AngleSharp cannot parse matches nothing, so the
/// reader never fails on it. Nothing reports it either: the site.yml check covers line patterns only (ARC014).
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
                // An invalid selector: ignored, and not reported (see the summary).
            }
            catch (ArgumentException)
            {
            }
        }

        return matched;
    }
}
