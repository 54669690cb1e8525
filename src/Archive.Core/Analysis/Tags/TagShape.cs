using System.Text.RegularExpressions;

namespace Archive.Core.Analysis.Tags;

/// <summary>
/// Recognises CMS-internal codes among a page's keywords by their shape, not by a list of strings: ids and
/// hashes ("a3f9c2e1", "story_10442"), slugs with digits or path separators ("news-politics-123",
/// "sections/us/politics"), markup and key-value pairs ("pubdate:2019", "tag=1"), and navigation paths
/// ("News - Political - Stories"), and anything without a letter ("2019", "&amp;" leftovers once decoded). Topic
/// names ("COVID-19", "G7", "World Cup 2018") pass. <see cref="IsPageLabel"/> recognises the labels every site uses
/// for kinds of page rather than topics ("Front Page", "Latest News", "Video").
/// </summary>
internal static partial class TagShape
{
    // Words that name a kind of page, a place on the front page or a format, not what a story is about.
    private static readonly HashSet<string> s_pageWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "nachrichten", "noticias", "notizie", "nouvelles", "actualites", "actualités", "aktuell", "aktuelles", "latest",
        "breaking", "top", "front", "page", "home", "homepage", "startseite", "headlines", "headline", "stories", "story",
        "article", "articles", "artikel", "video", "videos", "feed", "feeds", "rss", "blog", "blogs", "post", "posts",
        "gallery", "photos", "live", "updates", "update", "general", "local", "national", "regional", "more", "featured",
        "trending", "popular", "main", "default", "uncategorized", "allgemein", "misc", "other", "index", "wire",
        "press", "release", "releases", "pressemitteilung", "pressemitteilungen", "medienmitteilung",
    };

    private static readonly char[] s_wordSeparators = [' ', '-', '/', '&', ','];

    /// <summary>
    /// A tag made only of words for kinds of page ("Top News", "Front Page", "feeds", "Local News"), or two of them
    /// run together ("videoarticle").
    /// </summary>
    public static bool IsPageLabel(string tag)
    {
        var words = tag.Split(s_wordSeparators, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (words.All(s_pageWords.Contains) || (words.Length == 1 && IsTwoPageWords(words[0])));
    }

    /// <summary>
    /// The tag without the page words a keyword list adds in lower case after a topic: "boko haram news" → "boko
    /// haram", "Fenland breaking news" → "Fenland". A capitalised "News" is part of a name ("Fake News") and stays.
    /// </summary>
    public static string WithoutTrailingPageWords(string tag)
    {
        var words = tag.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count >= 2 && words[^1].All(char.IsLower) && s_pageWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == tag.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length ? tag : string.Join(' ', words);
    }

    private static bool IsTwoPageWords(string word) =>
        Enumerable.Range(3, Math.Max(0, word.Length - 5)).Any(i => s_pageWords.Contains(word[..i]) && s_pageWords.Contains(word[i..]));

    public static bool IsCode(string tag)
    {
        var trimmed = tag.Trim();
        if (!trimmed.Any(char.IsLetter))
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
