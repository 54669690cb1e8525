using System.Text.RegularExpressions;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>
/// The original source a capture says its story comes from (a wire or another newsroom), from the kinds of cue
/// publishers print, never from a list of agencies:
/// <list type="bullet">
/// <item>a dateline ending in a parenthesised name and a dash: "PARIS, March 30 (Reuters) -", "WASHINGTON (AP) —",
/// in the dateline the reader kept apart or at the start of the first paragraph;</item>
/// <item>a closing credit line of a dash and a name: "— Reuters", "- Associated Press";</item>
/// <item>a byline, or the organisation after a person's name in it, that names an organisation: a name ending in
/// "Press", "Presse", "Agency", "Wire", "Newswire" or "News Service" ("The Associated Press",
/// "By Jane Doe, Agence France-Presse"), a short all-capital acronym ("By Jane Doe, AP"), or a name followed by
/// "staff" or "wire" ("Reuters Staff").</item>
/// </list>
/// A name that is the capture's own publisher (its source name or its URL's host holds it) is not another source.
/// </summary>
public static partial class WireSource
{
    /// <summary>The original source the capture names, as printed (a leading "The" dropped); null when it names none.</summary>
    public static string? Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var first = article.Body.FirstOrDefault(b => b.Kind == BlockKind.Paragraph)?.Text;
        var last = article.Body.LastOrDefault(b => b.Kind == BlockKind.Paragraph)?.Text;
        foreach (var name in Candidates(article.Dateline, first, last, article.Byline))
        {
            var cleaned = Clean(name);
            if (cleaned is not null && !IsPublisher(cleaned, article))
            {
                return cleaned;
            }
        }

        return null;
    }

    /// <summary>The source most of <paramref name="names"/> agree on (ties: ordinal order); null when none is named.</summary>
    public static string? Agreed(IEnumerable<string?> names) =>
        names.OfType<string>()
            .GroupBy(n => n, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

    private static IEnumerable<string> Candidates(string? dateline, string? first, string? last, string? byline)
    {
        foreach (var text in new[] { dateline, first })
        {
            if (text is not null && DatelineRegex().Match(text.Length > 160 ? text[..160] : text) is { Success: true } m)
            {
                yield return m.Groups["wire"].Value;
            }
        }

        if (last is { Length: <= 60 } && CreditRegex().Match(last) is { Success: true } credit)
        {
            yield return credit.Groups["wire"].Value;
        }

        if (byline is { Length: <= 120 } && BylineRegex().Match(byline.Trim()) is { Success: true } by)
        {
            yield return by.Groups["wire"].Value;
        }
    }

    private static string? Clean(string name)
    {
        var trimmed = name.Trim().TrimEnd('.');
        if (trimmed.StartsWith("The ", StringComparison.Ordinal))
        {
            trimmed = trimmed[4..];
        }

        return trimmed.Length >= 2 ? trimmed : null;
    }

    private static bool IsPublisher(string name, Article article)
    {
        var key = Key(name);
        var publisher = Key(article.SourceName ?? "");
        var host = Key(CanonicalUrl.HostOf(article.CanonicalUrl) ?? "");
        return key.Length > 0 && ((publisher.Length > 0 && (publisher.Contains(key, StringComparison.Ordinal) || key.Contains(publisher, StringComparison.Ordinal))) ||
                                  (host.Length > 0 && host.Contains(key, StringComparison.Ordinal)));
    }

    private static string Key(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    // "PARIS, March 30 (Reuters) -", "WASHINGTON (AP) —", "(AFP) -": an optional place (in capitals, or followed by a
    // date: "Paris, March 30"), then the name. A name in brackets after an ordinary phrase ("Mr Smith (Labour) -") is not one.
    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{Lu} .'/-]{1,40}(?:,[^()\n]{0,40})?\s*|\p{Lu}[\p{L} .'/-]{1,40},[^()\n]{0,30}\d[^()\n]{0,12})?\((?<wire>\p{Lu}[\p{L}.&' -]{0,40}?)\)\s*[-–—:]", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineRegex();

    // "— Reuters", "- Associated Press": a closing line of a dash and a capitalised name.
    [GeneratedRegex(@"^\s*[-–—]\s*(?<wire>\p{Lu}[\p{L}.&'-]*(?:\s+\p{Lu}[\p{L}.&'-]*){0,4})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditRegex();

    // A byline naming an organisation, alone or after a person: "The Associated Press", "By Jane Doe, AP", "Reuters Staff".
    [GeneratedRegex(@"^(?:(?i:by)\s+)?(?:[^,]{1,60},\s*)?(?<wire>(?:The\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}(?:\s+|-)(?:Press|Presse|Agency|Wire|Newswire|News\s+Service)|\p{Lu}{2,5}|\p{Lu}[\p{L}-]+(?=\s+(?i:staff|wire)$))(?:\s+(?i:staff|wire))?$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineRegex();
}
