using Archive.Core.Diagnostics;
using Archive.Core.Model;
using Archive.Core.Text;

namespace Archive.Core.Normalization;

/// <summary>
/// Caps on what one capture can fan out to. Each tag of an article makes a tag page and a tag feed that lists the
/// article with all its tags, so N tags made N feeds of N tags each: output quadratic in one sidecar. With the caps
/// here the output of one capture stays linear in its size. They are far above what real captures carry, and
/// whatever a cap cuts is reported once per capture and cap, never silently.
/// </summary>
internal static class CaptureLimits
{
    /// <summary>
    /// Distinct tags (by slug) kept per article, the first found. Publisher pages typically show a handful to about
    /// 20 topics and the text reader takes at most 20 from a topic list; 100 leaves room for keyword-stuffed meta
    /// tags and bounds an article's tag pages and feeds to 100, each listing at most 100 tags.
    /// </summary>
    public const int MaxTags = 100;

    /// <summary>Characters in one tag, white space collapsed: a longer "tag" is a sentence or junk; it is dropped (as it always was, now reported).</summary>
    public const int MaxTagLength = 100;

    /// <summary>
    /// Characters in a title. The longest headlines run to about 200 characters, a page title with its site name
    /// and section to about 300; a title is repeated on every list and feed that holds the article.
    /// </summary>
    public const int MaxTitleLength = 500;

    /// <summary>Characters in a byline: room for a dozen authors with their roles; it is repeated in every feed entry.</summary>
    public const int MaxBylineLength = 500;

    /// <summary>Characters in a publisher's name ("The Northern Gazette"); it names a source page and is shown beside the article in every list.</summary>
    public const int MaxSourceNameLength = 200;

    /// <summary>Characters in a standfirst, a sentence or three (rarely 600 characters); it is the summary of the article in every feed that lists it.</summary>
    public const int MaxStandfirstLength = 5_000;

    /// <summary>
    /// Distinct entities kept per article, the most mentioned first. A long report names a hundred or so people,
    /// places and organisations; the article page links every one, each gets a page, and grouping the archive's
    /// entities ("mentioned with") costs more than linear time in the entities of one article: uncapped, a capture
    /// naming 2,000 made-up people took 12 s to build and one naming 8,000 did not finish in 5 minutes.
    /// </summary>
    public const int MaxEntities = 500;

    /// <summary>The article with its tags and text fields within their caps; one ARC018 and one ARC019 warning at most.</summary>
    public static Article Apply(Article article, string path, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var cuts = new List<string>();
        var (tags, tooLong, ignored) = CapTags(article.Tags);
        if (ignored > 0)
        {
            diagnostics.Add(Diagnostic.Warning("ARC018", $"The capture has more than {MaxTags} distinct tags; the first {MaxTags} are kept and {ignored:N0} more tag values are ignored.", path));
        }

        if (tooLong > 0)
        {
            cuts.Add(tooLong == 1 ? $"a tag longer than {MaxTagLength} characters is dropped" : $"{tooLong:N0} tags longer than {MaxTagLength} characters are dropped");
        }

        var capped = article with
        {
            Title = Cut(article.Title, MaxTitleLength, "title", cuts)!,
            Byline = Cut(article.Byline, MaxBylineLength, "byline", cuts),
            SourceName = Cut(article.SourceName, MaxSourceNameLength, "source", cuts),
            Standfirst = Cut(article.Standfirst, MaxStandfirstLength, "standfirst", cuts),
            Tags = tags,
        };
        if (cuts.Count > 0)
        {
            diagnostics.Add(Diagnostic.Warning("ARC019", $"Over-long values cut: {string.Join("; ", cuts)}.", path));
        }

        return capped;
    }

    /// <summary>The entities of one article within <see cref="MaxEntities"/>; they come most mentioned first, so the least mentioned go.</summary>
    public static IReadOnlyList<EntityMention> CapEntities(IReadOnlyList<EntityMention> entities, string path, Action<Diagnostic> report)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(report);
        if (entities.Count <= MaxEntities)
        {
            return entities;
        }

        report(Diagnostic.Warning("ARC060", $"The article names {entities.Count:N0} entities; the {MaxEntities} most mentioned are kept.", path));
        return entities.Take(MaxEntities).ToList();
    }

    private static (IReadOnlyList<string> Tags, int TooLong, int Ignored) CapTags(IReadOnlyList<string> tags)
    {
        if (tags.Count <= MaxTags && tags.All(t => t.Length <= MaxTagLength))
        {
            return (tags, 0, 0);
        }

        var kept = new List<string>(Math.Min(tags.Count, MaxTags));
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var (tooLong, ignored) = (0, 0);
        foreach (var tag in tags)
        {
            if (tag.Length > MaxTagLength && Whitespace.Collapse(tag).Length > MaxTagLength)
            {
                tooLong++;
            }
            else if (slugs.Count < MaxTags)
            {
                slugs.Add(Slug.Of(Whitespace.Collapse(tag), "tag"));
                kept.Add(tag);
            }
            else if (slugs.Contains(Slug.Of(Whitespace.Collapse(tag), "tag")))
            {
                kept.Add(tag);
            }
            else
            {
                ignored++;
            }
        }

        return (kept, tooLong, ignored);
    }

    private static string? Cut(string? value, int max, string name, List<string> cuts)
    {
        if (value is null || value.Length <= max)
        {
            return value;
        }

        cuts.Add($"{name} of {value.Length:N0} characters cut to {max}");
        var end = max - 1;
        if (char.IsLowSurrogate(value[end]))
        {
            end--;
        }

        // At the last space in the final fifth, so that no word is cut in half; mid-word when there is none.
        var space = value.LastIndexOf(' ', end - 1, end / 5);
        return value[..(space > 0 ? space : end)].TrimEnd() + "…";
    }
}
