using Archive.Core.Model;
using Archive.Core.Text;

namespace Archive.Core.Analysis.Permalinks;

/// <summary>
/// Gives each article its permanent address, <c>/YYYY/MM/DD/slug/</c> (or <c>/undated/slug/</c>).
/// Two articles with the same address both survive: the one whose source path sorts first keeps the
/// plain slug, the others get <c>-2</c>, <c>-3</c>, ... so the outcome never depends on timing.
/// A story of several captures is addressed by its anchor capture's title and date (see <c>StoryChoice</c>),
/// so that adding a later capture never moves it.
/// </summary>
public static class PermalinkAssigner
{
    /// <summary>
    /// The files of the article pages, relative to the site folder, as a glob (Pagefind's syntax): every permalink
    /// given here is one folder under a day folder or under undated/. Day, month and year lists and their
    /// <c>page/N/</c> folders lie outside it, so the search indexer does not read them.
    /// </summary>
    public const string PageGlob = "{[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9],undated}/*/index.html";

    public static IReadOnlyList<Article> Assign(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new Article[articles.Count];
        var order = Enumerable.Range(0, articles.Count)
            .OrderBy(i => articles[i].StoryAnchor?.SourcePath ?? articles[i].SourcePath, StringComparer.Ordinal)
            .ToList();
        foreach (var i in order)
        {
            var article = articles[i];
            var (title, published) = article.StoryAnchor is { } anchor ? (anchor.Title, anchor.Published) : (article.Title, article.Published);
            var folder = Folder(published);
            var slug = Slug.Of(title, "article");
            var permalink = folder + slug + "/";
            for (var n = 2; !taken.Add(permalink); n++)
            {
                permalink = $"{folder}{slug}-{n}/";
            }

            result[i] = article with { Permalink = permalink };
        }

        return result;
    }

    /// <summary>The address an article with this title and date asks for, before collisions are resolved.</summary>
    public static string Plain(string title, DateOnly? published) => Folder(published) + Slug.Of(title, "article") + "/";

    private static string Folder(DateOnly? published) => published is { } date ? $"/{date:yyyy}/{date:MM}/{date:dd}/" : "/undated/";
}
