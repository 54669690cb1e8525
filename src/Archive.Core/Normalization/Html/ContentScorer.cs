using AngleSharp.Dom;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Finds the element(s) holding the article text. Every paragraph-like element (p, pre, td, a div of
/// plain text, or a run of loose text in a container) scores by its length and commas; the score flows to
/// its ancestors with decay, on top of a base from the ancestor's tag, class/id hints and semantic markup
/// (article, main, itemprop=articleBody), and each candidate is scaled down by its link density. The best
/// candidate may give way to an ancestor that several strong candidates share, and takes along siblings
/// that score well or read like prose.
/// </summary>
/// <remarks>Every weight and threshold is a value of <see cref="ContentScoring"/> (<see cref="PruneOptions.Scoring"/>).</remarks>
internal static class ContentScorer
{
    public static IReadOnlyList<IElement> Select(IElement body, PageMask mask, PageStats stats, PruneOptions options)
    {
        var scoring = options.Scoring;
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var element in Walk(body, mask))
        {
            var name = element.LocalName;
            var own = stats[element];
            if (name is "p" or "pre" or "td" || (!own.HasBlockChild && name is "div" or "section" or "article" or "main" or "center" or "font"))
            {
                if (own.TextLength >= scoring.MinParagraphLength)
                {
                    AddToAncestors(element.ParentElement, ParagraphScore(own.TextLength, own.Commas, scoring), scores, options, body);
                }
            }
            else if (own.DirectTextLength >= scoring.MinParagraphLength && !HtmlTags.IsInline(name) && name is not ("li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "dd" or "dt" or "figcaption" or "caption" or "th"))
            {
                AddToAncestors(element, ParagraphScore(own.DirectTextLength, own.DirectCommas, scoring), scores, options, body);
            }
        }

        if (scores.Count == 0)
        {
            return [body];
        }

        var ranked = scores
            .Select(pair => (Element: pair.Key, Score: pair.Value * (1 - (scoring.LinkDensityWeight * stats[pair.Key].LinkDensity))))
            .OrderByDescending(c => c.Score)
            .ToList();
        var final = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var (element, score) in ranked)
        {
            final[element] = score;
        }

        var top = ranked[0].Element;
        var topScore = ranked[0].Score;
        if (top == body || topScore <= 0)
        {
            return [body];
        }

        top = SharedAncestor(top, topScore, ranked, body, scoring) ?? ClimbWhileParentScores(top, topScore, final, body, scoring);
        while (top.ParentElement is { } parent && parent != body && CountLiveChildren(parent, mask) == 1)
        {
            top = parent;
        }

        return MergeSiblings(top, final.GetValueOrDefault(top, topScore), final, stats, mask, body, scoring);
    }

    private static double ParagraphScore(int length, int commas, ContentScoring scoring) =>
        scoring.ParagraphBase + (scoring.CommaWeight * commas) + Math.Min(length / scoring.LengthUnit, scoring.LengthCap);

    private static void AddToAncestors(IElement? ancestor, double score, Dictionary<IElement, double> scores, PruneOptions options, IElement body)
    {
        var scoring = options.Scoring;
        for (var level = 0; level < scoring.AncestorLevels && ancestor is not null; level++)
        {
            if (!scores.TryGetValue(ancestor, out var current))
            {
                current = InitialScore(ancestor, options);
            }

            var divider = level == 0 ? 1 : level == 1 ? scoring.GrandparentDivider : level * scoring.LevelDivider;
            scores[ancestor] = current + (score / divider);
            if (ancestor == body)
            {
                break;
            }

            ancestor = ancestor.ParentElement;
        }
    }

    private static double InitialScore(IElement element, PruneOptions options)
    {
        var scoring = options.Scoring;
        var score = element.LocalName switch
        {
            "div" => scoring.DivBase,
            "article" => scoring.ArticleBase,
            "main" => scoring.MainBase,
            "pre" or "td" or "blockquote" => scoring.CellBase,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => scoring.ListBase,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => scoring.HeadingBase,
            _ => 0,
        };
        if (element.GetAttribute("itemprop")?.Contains("articleBody", StringComparison.OrdinalIgnoreCase) == true)
        {
            score += scoring.ArticleBodyBonus;
        }

        if (options.UseClassWeights)
        {
            var (content, chrome) = ClassHints.Sides(ClassHints.Of(element));
            score += (chrome ? -scoring.ChromeHintWeight : 0) + (content ? scoring.ContentHintWeight : 0);
        }

        return score;
    }

    /// <summary>When three or more strong candidates share an ancestor of the best one, the article is that ancestor.</summary>
    private static IElement? SharedAncestor(IElement top, double topScore, List<(IElement Element, double Score)> ranked, IElement body, ContentScoring scoring)
    {
        var needed = scoring.SharedAncestorCount;
        var alternatives = ranked.Skip(1).Take(4).Where(c => c.Score >= topScore * scoring.SharedAncestorShare).Select(c => c.Element).ToList();
        if (alternatives.Count < needed)
        {
            return null;
        }

        var ancestorSets = alternatives.Select(Ancestors).ToList();
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (ancestorSets.Count(set => set.Contains(parent)) >= needed)
            {
                return parent;
            }
        }

        return null;
    }

    private static HashSet<IElement> Ancestors(IElement element)
    {
        var set = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            set.Add(parent);
        }

        return set;
    }

    private static IElement ClimbWhileParentScores(IElement top, double topScore, Dictionary<IElement, double> scores, IElement body, ContentScoring scoring)
    {
        var lastScore = topScore;
        var threshold = topScore / scoring.ClimbDivider;
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!scores.TryGetValue(parent, out var parentScore))
            {
                continue;
            }

            if (parentScore < threshold)
            {
                break;
            }

            if (parentScore > lastScore)
            {
                return parent;
            }

            lastScore = parentScore;
        }

        return top;
    }

    private static int CountLiveChildren(IElement element, PageMask mask)
    {
        var count = 0;
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (!mask.IsRemoved(child))
            {
                count++;
            }
        }

        return count;
    }

    private static List<IElement> MergeSiblings(IElement top, double topScore, Dictionary<IElement, double> scores, PageStats stats, PageMask mask, IElement body, ContentScoring scoring)
    {
        if (top.ParentElement is not { } parent || top == body)
        {
            return [top];
        }

        var threshold = Math.Max(scoring.SiblingFloor, topScore * scoring.SiblingShare);
        var topClass = top.GetAttribute("class") ?? "";
        var roots = new List<IElement>();
        for (var sibling = parent.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (sibling == top)
            {
                roots.Add(sibling);
                continue;
            }

            if (mask.IsRemoved(sibling))
            {
                continue;
            }

            var bonus = topClass.Length > 0 && sibling.GetAttribute("class") == topClass ? topScore * scoring.SameClassBonus : 0;
            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                roots.Add(sibling);
                continue;
            }

            if (sibling.LocalName is "p" or "blockquote" or "ul" or "ol" or "h2" or "h3" or "h4" or "pre" || (sibling.LocalName == "div" && !stats[sibling].HasBlockChild))
            {
                var own = stats[sibling];
                var density = own.LinkDensity;
                if (own.TextLength > scoring.SiblingProseLength && density < scoring.SiblingLinkDensity && sibling.LocalName is "p" or "div" or "blockquote" or "pre")
                {
                    roots.Add(sibling);
                }
                else if (own.TextLength > 0 && own.TextLength <= scoring.SiblingProseLength && density == 0 && sibling.LocalName is "p" && EndsSentence(sibling.TextContent))
                {
                    roots.Add(sibling);
                }
            }
        }

        return roots;
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && (Archive.Core.Text.SentenceMarks.IsStop(trimmed[^1]) || trimmed[^1] is '"' or '”' or '»' or ':');
    }

    /// <summary>Pre-order over the live elements under a root, iteratively.</summary>
    internal static IEnumerable<IElement> Walk(IElement root, PageMask mask)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (mask.IsRemoved(element))
            {
                continue;
            }

            yield return element;
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }
    }
}
