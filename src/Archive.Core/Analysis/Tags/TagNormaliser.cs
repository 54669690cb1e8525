using Archive.Core.Inputs;
using Archive.Core.Normalization;
using Archive.Core.Text;

namespace Archive.Core.Analysis.Tags;

/// <summary>
/// Applies site.yml tag rules (synonyms, ignore), drops CMS codes (<see cref="TagShape"/>) and merges case and
/// spelling variants: tags with the same slug are one tag, shown under its most frequent spelling across the archive.
/// </summary>
public sealed class TagNormaliser
{
    private readonly Dictionary<string, string> _synonyms;
    private readonly HashSet<string> _ignored;

    public TagNormaliser(TagSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _synonyms = settings.Synonyms.ToDictionary(kv => Slug.Of(kv.Key), kv => kv.Value.Trim(), StringComparer.Ordinal);
        _ignored = settings.Ignore.Select(t => Slug.Of(t)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>One article's tags after synonyms and ignores, deduplicated by slug, in first-seen order.</summary>
    public IReadOnlyList<string> Apply(IEnumerable<string> tags)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in tags)
        {
            var tag = Whitespace.Collapse(raw);
            if (tag.Length == 0 || tag.Length > CaptureLimits.MaxTagLength || TagShape.IsCode(tag))
            {
                continue;
            }

            var slug = Slug.Of(tag, "tag");
            if (_synonyms.TryGetValue(slug, out var preferred))
            {
                tag = preferred;
                slug = Slug.Of(tag, "tag");
            }

            if (!_ignored.Contains(slug) && seen.Add(slug))
            {
                result.Add(tag);
            }
        }

        return result;
    }

    /// <summary>The display name for each tag slug: the most used spelling, ties broken ordinally.</summary>
    public static IReadOnlyDictionary<string, string> PreferredSpellings(IEnumerable<string> allTags) =>
        allTags
            .GroupBy(t => Slug.Of(t, "tag"), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(t => t, StringComparer.Ordinal)
                    .OrderByDescending(s => s.Count())
                    .ThenBy(s => s.Key, StringComparer.Ordinal)
                    .First().Key,
                StringComparer.Ordinal);
}
