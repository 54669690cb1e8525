using Archive.Core.Rendering.Views;

namespace Archive.Core.Rendering.Pages;

/// <summary>Splits a list into pages at <c>base/</c>, <c>base/page/2/</c>, ... ; an empty list still has one page.</summary>
public static class Paginator
{
    public static IEnumerable<(IReadOnlyList<T> Items, PagerView Pager, string Url)> Paginate<T>(IReadOnlyList<T> items, int pageSize, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(items);
        var size = Math.Max(1, pageSize);
        var pages = PageCount(items.Count, pageSize);
        for (var page = 1; page <= pages; page++)
        {
            var slice = items.Skip((page - 1) * size).Take(size).ToList();
            var pager = new PagerView(
                page,
                pages,
                page > 1 ? UrlOf(baseUrl, page - 1) : null,
                page < pages ? UrlOf(baseUrl, page + 1) : null,
                baseUrl);
            yield return (slice, pager, UrlOf(baseUrl, page));
        }
    }

    /// <summary>How many pages a list of <paramref name="count"/> items takes: at least one.</summary>
    public static int PageCount(int count, int pageSize)
    {
        var size = Math.Max(1, pageSize);
        return Math.Max(1, (count + size - 1) / size);
    }

    public static string UrlOf(string baseUrl, int page) => page == 1 ? baseUrl : $"{baseUrl}page/{page}/";
}
