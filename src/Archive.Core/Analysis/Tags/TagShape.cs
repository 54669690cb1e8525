using System.Text.RegularExpressions;

namespace Archive.Core.Analysis.Tags;

/// <summary>
/// Recognises CMS-internal codes among a page's keywords by their shape, not by a list of strings: ids and
/// hashes ("a3f9c2e1", "story_10442"), slugs with digits or path separators ("news-politics-123",
/// "sections/us/politics"), markup and key-value pairs ("pubdate:2019", "tag=1"), and navigation paths
/// ("News - Political - Stories"). Topic names ("COVID-19", "G7", "World Cup 2018") pass.
/// </summary>
internal static partial class TagShape
{
    public static bool IsCode(string tag)
    {
        var trimmed = tag.Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        return MarkupOrKeyValue().IsMatch(trimmed)
            || NavigationPath().IsMatch(trimmed)
            || trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(IsCodeWord);
    }

    private static bool IsCodeWord(string word)
    {
        var digits = word.Count(char.IsAsciiDigit);
        var letters = word.Count(char.IsLetter);
        if (letters == 0)
        {
            // A bare number longer than a year is an id.
            return digits > 4;
        }

        if (digits == 0)
        {
            // A lower-case slug of three or more parts is a URL path, not a name ("news-political-stories").
            return word.Count(c => c == '-') >= 2 && word.All(c => char.IsLower(c) || c == '-');
        }

        // Letters and digits in one word: a hash, or an id with three digits or more ("cat10442", "9f8e7d").
        return digits >= 3 || (word.Length >= 6 && HexWord().IsMatch(word));
    }

    [GeneratedRegex(@"[_=|{}<>\\@#:/]|\.(html?|php|aspx?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MarkupOrKeyValue();

    // "Section - Subsection", "News > Politics", "A :: B": a path through the publisher's navigation.
    [GeneratedRegex(@"\S\s+(-|–|>|»|::)\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex NavigationPath();

    [GeneratedRegex(@"^[0-9a-f]+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HexWord();
}
