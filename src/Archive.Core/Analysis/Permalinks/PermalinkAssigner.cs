using Archive.Core.Model;
using Archive.Core.Text;

namespace Archive.Core.Analysis.Permalinks;

/// <summary>
/// Gives each article its permanent address, <c>/YYYY/MM/DD/slug/</c> (or <c>/undated/slug/</c>).
/// Two articles with the same address both survive: the one whose source path sorts first keeps the
/// plain slug, the others get <c>-2</c>, <c>-3</c>, ... so the outcome never depends on timing.
/// </summary>
public static class PermalinkAssigner
{
    public static IReadOnlyList<Article> Assign(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new Article[articles.Count];
        var order = Enumerable.Range(0, articles.Count)
            .OrderBy(i => articles[i].SourcePath, StringComparer.Ordinal)
            .ToList();
        foreach (var i in order)
        {
            var article = articles[i];
            var folder = article.Published is { } date ? $"/{date:yyyy}/{date:MM}/{date:dd}/" : "/undated/";
            var slug = Slug.Of(article.Title, "article");
            var permalink = folder + slug + "/";
            for (var n = 2; !taken.Add(permalink); n++)
            {
                permalink = $"{folder}{slug}-{n}/";
            }

            result[i] = article with { Permalink = permalink };
        }

        return result;
    }
}
