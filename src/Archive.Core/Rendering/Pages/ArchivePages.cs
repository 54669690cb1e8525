using Archive.Core.Analysis.Index;
using Archive.Core.Engine;
using Archive.Core.Rendering.Charts;
using Archive.Core.Rendering.Views;

namespace Archive.Core.Rendering.Pages;

/// <summary>
/// The index pages: home, a list per term kind (all tags, all people, ...), one paginated page per term,
/// year / month / day pages linking to the previous and next period that has articles, undated, 404.
/// </summary>
public sealed class ArchivePages(PageFactory factory)
{
    private int PageSize => factory.Settings.PageSize;

    // The site's values are on every list: hashed once, not once per list.
    private readonly Lazy<UInt128> _siteHash = new(() => ViewHasher.Of(factory.Site));

    /// <summary>
    /// The last build's map of list pages (<see cref="PageFacts"/>): a list whose facts are unchanged keeps its pages
    /// without making their view models. Null makes and signs every page.
    /// </summary>
    public PageFacts? Facts { get; init; }

    /// <summary>
    /// Every index page, in two steps that may each run on any thread: a unit per single page or paginated list, which
    /// checks the list's facts and gives its pages as kept or as renders still to run. So checking thousands of lists'
    /// facts is shared between cores, and so is rendering the pages of one long list.
    /// </summary>
    public IEnumerable<Func<IReadOnlyList<Func<Document>>>> RenderAll()
    {
        yield return One(Home());
        yield return One(NotFound());
        yield return One(Search());
        foreach (var kind in TermKinds.All)
        {
            foreach (var page in TermList(kind))
            {
                yield return One(page);
            }

            foreach (var term in factory.Index.Terms[kind])
            {
                yield return () => TermPages(term);
            }
        }

        foreach (var list in DatePages())
        {
            yield return list;
        }

        yield return () => ArticleList(factory.Page("Undated articles", "/undated/", "undated"), factory.Index.Undated, "Articles whose publication date is not known.");
    }

    private static Func<IReadOnlyList<Func<Document>>> One(Func<Document> render) => () => [render];

    private Func<Document> Home()
    {
        var index = factory.Index;
        var entries = TermKinds.All
            .Select(kind => new LinkView(kind.Plural(), $"/{kind.Folder()}/", Listed(kind).Count()))
            .Append(new LinkView("Undated", "/undated/", index.Undated.Count))
            .ToList();
        var years = index.Years.Select(y => new LinkView(y.Label, y.Url, y.Articles.Count)).ToList();
        var page = factory.Page(factory.Settings.Title, "/", "home");
        return factory.Defer(
            "home",
            page,
            ("items", factory.Summaries(index.Articles.Take(factory.Settings.HomeSize))),
            ("entries", entries),
            ("years", years),
            ("total", index.Articles.Count),
            ("chart", MonthlyChart.Render(index.Years, "Articles per month across the archive")));
    }

    private Func<Document> NotFound()
    {
        var page = factory.Page("Page not found", "/404.html", "404");
        return factory.Defer("list", page, ("heading", "Page not found"), ("intro", "There is no page at this address. Try the home page or one of the indexes."), ("items", Array.Empty<ArticleSummary>()));
    }

    /// <summary>The terms a kind's list shows: tags of fewer than <c>tags.min_articles</c> articles keep their page but are not listed.</summary>
    private IEnumerable<Term> Listed(TermKind kind) =>
        kind == TermKind.Tag
            ? factory.Index.Terms[kind].Where(t => t.Articles.Count >= factory.Settings.Tags.MinArticles)
            : factory.Index.Terms[kind];

    /// <summary>The search page: its form and results are the theme's search layout and script; Pagefind's index is made after the pages.</summary>
    private Func<Document> Search()
    {
        var filters = TermKinds.All.Select(kind => new SearchFilterView(kind.Plural(), kind.SearchFilter())).Append(new SearchFilterView("Years", "year")).ToList();
        return factory.Defer("search", factory.Page("Search", "/search/", "search"), ("heading", "Search"), ("filters", filters));
    }

    private IEnumerable<Func<Document>> TermList(TermKind kind)
    {
        var terms = Listed(kind).Select(PageFactory.Link).ToList();
        var baseUrl = $"/{kind.Folder()}/";
        foreach (var (items, pager, url) in Paginator.Paginate(terms, PageSize * 5, baseUrl))
        {
            var title = pager.Page > 1 ? $"{kind.Plural()} (page {pager.Page})" : kind.Plural();
            var page = factory.Page(title, url, "terms") with { PrevUrl = pager.PrevUrl, NextUrl = pager.NextUrl };
            yield return factory.Defer("terms", page, ("heading", kind.Plural()), ("terms", items), ("pager", pager), ("kind", kind.Singular()));
        }
    }

    private IReadOnlyList<Func<Document>> TermPages(Term term)
    {
        var details = new Dictionary<string, object?>
        {
            ["kind"] = term.Kind.Singular(),
            ["aliases"] = term.Aliases,
            ["mentioned_with"] = term.MentionedWith.Select(PageFactory.Link).ToList(),
            ["search_url"] = $"/search/?{term.Kind.SearchFilter()}={Uri.EscapeDataString(term.Name)}",
        };
        var intro = $"{term.Kind.Singular()} · {Count(term.Articles.Count)}";
        var page = factory.Page(term.Name, term.Url, term.Kind.Folder()) with
        {
            FeedUrl = term.Kind == TermKind.Tag ? term.Url + "feed.xml" : null,
        };
        return ArticleList(page, term.Articles, intro, ("term", details));
    }

    private IEnumerable<Func<IReadOnlyList<Func<Document>>>> DatePages()
    {
        var years = factory.Index.Years;
        var months = years.SelectMany(y => y.Children).ToList();
        var days = months.SelectMany(m => m.Children).ToList();
        foreach (var level in new[] { years, months, days })
        {
            for (var i = 0; i < level.Count; i++)
            {
                // Lists are newest first: the previous period in time is the next in the list.
                var period = level[i];
                var older = i + 1 < level.Count ? level[i + 1] : null;
                var newer = i > 0 ? level[i - 1] : null;
                yield return () => PeriodPages(period, older, newer);
            }
        }
    }

    private IReadOnlyList<Func<Document>> PeriodPages(DatePeriod period, DatePeriod? older, DatePeriod? newer)
    {
        var children = period.Children.Select(c => new LinkView(c.Label, c.Url, c.Articles.Count)).ToList();
        var navigation = new Dictionary<string, object?>
        {
            ["older"] = older is null ? null : new LinkView(older.Label, older.Url, older.Articles.Count),
            ["newer"] = newer is null ? null : new LinkView(newer.Label, newer.Url, newer.Articles.Count),
            ["children"] = children,
        };
        var page = factory.Page(period.Label, period.Url, "date");
        var chart = period.Month is null ? MonthlyChart.Render([period], $"Articles per month in {period.Label}") : null;
        return ArticleList(page, period.Articles, Count(period.Articles.Count), ("period", navigation), ("chart", chart));
    }

    // A list's pages are a function of this method's arguments and of the factory's theme and settings alone: their
    // hash (PageFacts) decides whether the pages are made again. Read nothing else here.
    private IReadOnlyList<Func<Document>> ArticleList(PageView page, IReadOnlyList<Model.Article> articles, string intro, params (string Name, object? Value)[] extra)
    {
        if (Facts is { } facts && facts.Keep(page.Url, FactsOf(facts, page, articles, intro, extra), Destinations(page.Url, articles.Count)) is { } kept)
        {
            return [.. kept.Select(document => (Func<Document>)(() => factory.Sink?.Store(document) ?? document))];
        }

        var documents = new List<Func<Document>>();
        foreach (var (items, pager, url) in Paginator.Paginate(articles, PageSize, page.Url))
        {
            var title = pager.Page > 1 ? $"{page.Title} (page {pager.Page})" : page.Title;
            var view = page with { Title = title, Url = url, Canonical = factory.Absolute(url), PrevUrl = pager.PrevUrl, NextUrl = pager.NextUrl };
            // The view model is made when the page renders, not when the list is checked: a cold build checks every
            // list before rendering, and would otherwise hold every page's view model at once.
            documents.Add(() => factory.Defer(
                "list",
                view,
                [("heading", page.Title), ("intro", intro), ("items", factory.Summaries(items)), ("pager", pager), .. extra])());
        }

        return documents;
    }

    private UInt128 FactsOf(PageFacts facts, PageView page, IReadOnlyList<Model.Article> articles, string intro, (string Name, object? Value)[] extra)
    {
        var hash = new ContentHash().Add(facts.LayoutSalt("list")).Add(PageSize).Add(intro).Add(_siteHash.Value);
        ViewHasher.Add(hash, page);
        foreach (var (name, value) in extra)
        {
            hash.Add(name);
            ViewHasher.Add(hash, value);
        }

        hash.Add(articles.Count);
        foreach (var article in articles)
        {
            hash.Add(((IViewHashed)factory.Summary(article)).ViewHash);
        }

        return hash.Value;
    }

    private string[] Destinations(string baseUrl, int count) =>
        [.. Enumerable.Range(1, Paginator.PageCount(count, PageSize)).Select(n => PageFactory.DestinationOf(Paginator.UrlOf(baseUrl, n)))];

    private static string Count(int n) => n == 1 ? "1 article" : $"{n} articles";
}
