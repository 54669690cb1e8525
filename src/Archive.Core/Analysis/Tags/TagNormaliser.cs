using System.Net;
using System.Text.RegularExpressions;
using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Inputs;
using Archive.Core.Normalization;
using Archive.Core.Text;

namespace Archive.Core.Analysis.Tags;

/// <summary>
/// Applies site.yml tag rules (synonyms, ignore), decodes HTML escapes left in keywords ("Q&amp;A", "&quot"), drops
/// CMS codes and page labels (<see cref="TagShape"/>) and merges case and spelling variants: tags with the same slug
/// are one tag, shown under its most frequent spelling across the archive; a tag that is one of the entity table's
/// English acronyms, written in capitals, takes its full name ("USA", "U.K.", "EU": <see cref="KnownNames.FindAcronym"/>).
/// </summary>
public sealed partial class TagNormaliser
{
    private readonly Dictionary<string, string> _synonyms;
    private readonly HashSet<string> _ignored;

    public TagNormaliser(TagSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _synonyms = settings.Synonyms.ToDictionary(kv => Slug.Of(kv.Key), kv => kv.Value.Trim(), StringComparer.Ordinal);

        // A synonym whose target is an acronym the table renames ("America" → "US") takes the other forms with it.
        foreach (var target in _synonyms.Values.ToList())
        {
            if (KnownNames.FindAcronym(target) is { } full)
            {
                _synonyms.TryAdd(Slug.Of(full), target);
            }
        }

        _ignored = settings.Ignore.Select(t => Slug.Of(t)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>One article's tags after synonyms and ignores, deduplicated by slug, in first-seen order.</summary>
    public IReadOnlyList<string> Apply(IEnumerable<string> tags)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in tags)
        {
            var tag = TagShape.WithoutTrailingPageWords(Whitespace.Collapse(DecodeEscapes(raw)));
            if (tag.Length == 0 || tag.Length > CaptureLimits.MaxTagLength || TagShape.IsCode(tag) || TagShape.IsPageLabel(tag))
            {
                continue;
            }

            var slug = Slug.Of(tag, "tag");
            if (_ignored.Contains(slug))
            {
                continue;
            }

            if (!_synonyms.ContainsKey(slug) && KnownNames.FindAcronym(tag) is { } full)
            {
                // "USA", "U.S." and "United States" are one tag, as they are one place page; site rules still apply to
                // the full name.
                tag = full;
                slug = Slug.Of(tag, "tag");
            }

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

    /// <summary>"Q&amp;amp;A" → "Q&amp;A", escaped twice or once; an escape cut before its semicolon ("&amp;quot") is decoded too.</summary>
    internal static string DecodeEscapes(string tag)
    {
        for (var pass = 0; pass < 2 && tag.Contains('&', StringComparison.Ordinal); pass++)
        {
            tag = WebUtility.HtmlDecode(UnterminatedEscape().Replace(tag, "$0;"));
        }

        return tag;
    }

    [GeneratedRegex(@"&(amp|quot|apos|lt|gt|nbsp|#\d{1,6}|#x[0-9a-fA-F]{1,6})(?![;\w])", RegexOptions.CultureInvariant)]
    private static partial Regex UnterminatedEscape();
}
