using System.Globalization;
using Archive.Core.Analysis.Stories;
using Archive.Core.Engine;
using Archive.Core.Model;
using Archive.Core.Rendering.Views;

namespace Archive.Core.Rendering.Pages;

/// <summary>
/// A story's versions: the views its Versions section shows, and one page per version at
/// <c>&lt;story permalink&gt;versions/&lt;key&gt;/</c> (the key is the date the text was first captured, see
/// <see cref="StoryVersion"/>): a date, not a number, so that adding a capture of another day never moves an
/// existing version. Version pages are left out of the sitemap and the search index; no index page or feed lists them.
/// </summary>
public sealed class VersionPages(PageFactory factory)
{
    public const string Layout = "version";

    /// <summary>The versions of <paramref name="article"/>'s story with what changed between consecutive ones; empty when it has none.</summary>
    public IReadOnlyList<VersionView> Views(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var versions = article.Versions;
        var pages = factory.Theme.Has(Layout);
        var views = new List<VersionView>(versions.Count);
        for (var v = 0; v < versions.Count; v++)
        {
            var version = versions[v];
            views.Add(new VersionView(
                v + 1,
                pages ? UrlOf(article, version) : null,
                PageFactory.DateLabel(version.Captured),
                PageFactory.DateIso(version.Captured),
                version.SourcePaths,
                version.Title,
                v == 0 ? null : Diff(VersionDiff.Between(versions[v - 1], version))));
        }

        return views;
    }

    /// <summary>One page per version (none when the theme has no <c>version</c> layout), marked to stay out of the sitemap.</summary>
    public IEnumerable<Document> Render(Article article, IReadOnlyList<VersionView> views)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(views);
        if (!factory.Theme.Has(Layout))
        {
            yield break;
        }

        var story = new LinkView(article.Title, article.Permalink ?? "/");
        for (var v = 0; v < views.Count; v++)
        {
            var view = views[v];
            var version = article.Versions[v];
            var title = $"{version.Title} (version {view.Number.ToString(CultureInfo.InvariantCulture)} of {views.Count.ToString(CultureInfo.InvariantCulture)})";
            var page = factory.Page(title, view.Url!, Layout, article.Standfirst) with
            {
                PrevUrl = v > 0 ? views[v - 1].Url : null,
                NextUrl = v + 1 < views.Count ? views[v + 1].Url : null,
            };
            var document = factory.Render(Layout, page, ("story", story), ("version", view), ("count", views.Count), ("body", BodyHtml.Render(version.Body)));
            yield return document with { Source = article.SourcePath, Unlisted = true };
        }
    }

    public static string UrlOf(Article article, StoryVersion version)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(version);
        return (article.Permalink ?? "/") + "versions/" + version.Key + "/";
    }

    private static DiffView Diff(VersionDiff diff)
    {
        var paragraphs = diff.Paragraphs.Select(c => Change(c, "paragraph")).ToList();
        return new DiffView(diff.Headline is { } h ? Change(h, "headline") : null, paragraphs, diff.Unchanged, Summary(diff));
    }

    private static ChangeView Change(TextChange change, string what) => change.Kind switch
    {
        ChangeKind.Added => new ChangeView("added", $"Added {what}", change.Before, change.After),
        ChangeKind.Removed => new ChangeView("removed", $"Removed {what}", change.Before, change.After),
        _ => new ChangeView("changed", $"Changed {what}", change.Before, change.After),
    };

    /// <summary>"Headline changed; 2 paragraphs changed, 1 added; 14 unchanged."</summary>
    public static string Summary(VersionDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var parts = new List<string>();
        if (diff.Headline is not null)
        {
            parts.Add("Headline changed");
        }

        var counts = new List<string>();
        foreach (var (kind, word) in new[] { (ChangeKind.Changed, "changed"), (ChangeKind.Added, "added"), (ChangeKind.Removed, "removed") })
        {
            var n = diff.Paragraphs.Count(p => p.Kind == kind);
            if (n > 0)
            {
                counts.Add(counts.Count == 0 ? $"{Paragraphs(n)} {word}" : $"{n.ToString(CultureInfo.InvariantCulture)} {word}");
            }
        }

        if (counts.Count > 0)
        {
            parts.Add(string.Join(", ", counts));
        }

        if (parts.Count == 0)
        {
            parts.Add("Only formatting changed");
        }

        parts.Add($"{diff.Unchanged.ToString(CultureInfo.InvariantCulture)} unchanged");
        return string.Join("; ", parts) + ".";
    }

    private static string Paragraphs(int n) => n == 1 ? "1 paragraph" : $"{n.ToString(CultureInfo.InvariantCulture)} paragraphs";
}
