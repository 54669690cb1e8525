using Archive.Core.Analysis.Sources;
using Archive.Core.Model;
using Archive.Core.Text;

namespace Archive.Core.Analysis.Tags;

/// <summary>
/// Drops the tags that name an article's own publisher ("Example" on an Example page, "example" on example.com,
/// "EBC" on a page of the Example Broadcasting Company): every page of the site says it, so it is no topic. The same
/// name on another publisher's page (a story about that publisher) stays.
/// </summary>
public static class PublisherTags
{
    /// <summary>Articles in the same order, each read on its own, on up to <paramref name="degree"/> threads.</summary>
    public static IReadOnlyList<Article> Drop(IReadOnlyList<Article> articles, int degree = 1)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return PerIndex.Map(articles.Count, degree, i => Drop(articles[i]));
    }

    private static Article Drop(Article article)
    {
        if (article.Tags.Count == 0)
        {
            return article;
        }

        var host = HostName.OfUrl(article.CanonicalUrl);
        var kept = article.Tags.Where(t => !NamesPublisher(t, article, host)).ToList();
        return kept.Count == article.Tags.Count ? article : article with { Tags = kept };
    }

    private static bool NamesPublisher(string tag, Article article, string? host)
    {
        if (HostAgreement.Of(tag, host) == HostMatch.Exact)
        {
            return true;
        }

        if (article.SourceName is not { } source)
        {
            return false;
        }

        var key = SourceAliases.Key(tag);
        return key.Length > 0 && (key == SourceAliases.Key(source) || (IsAcronym(tag) && key == Initials(source)));
    }

    private static bool IsAcronym(string tag) => tag.Length is >= 2 and <= 6 && tag.All(char.IsUpper);

    private static string Initials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        return words.Count >= 2 ? string.Concat(words.Select(w => char.ToLowerInvariant(w[0]))) : "";
    }
}
