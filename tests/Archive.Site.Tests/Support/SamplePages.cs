using System.Text.RegularExpressions;

namespace Archive.Site.Tests.Support;

/// <summary>
/// The pages the browser checks look at, one of each kind, chosen the same way on every site: the largest
/// page of the kind (most links and text), ties broken by path, so the choice is deterministic.
/// </summary>
internal static partial class SamplePages
{
    /// <summary>Kinds every site must have, with the pattern of their file paths.</summary>
    public static readonly (string Kind, string Pattern)[] Kinds =
    [
        ("home", @"^index\.html$"),
        ("article", @"^\d{4}/\d{2}/\d{2}/(?!page/)[^/]+/index\.html$"),
        ("tag list", @"^tags/index\.html$"),
        ("tag", @"^tags/(?!page/)[^/]+/index\.html$"),
        ("people list", @"^people/index\.html$"),
        ("person", @"^people/(?!page/)[^/]+/index\.html$"),
        ("place", @"^places/(?!page/)[^/]+/index\.html$"),
        ("organisation", @"^organisations/(?!page/)[^/]+/index\.html$"),
        ("year", @"^\d{4}/index\.html$"),
        ("month", @"^\d{4}/\d{2}/index\.html$"),
        ("day", @"^\d{4}/\d{2}/\d{2}/index\.html$"),
        ("search", @"^search/index\.html$"),
    ];

    /// <summary>Kinds a site may lack (a small site has no second page).</summary>
    public static readonly (string Kind, string Pattern)[] OptionalKinds =
    [
        ("second page", @"/page/2/index\.html$"),
        ("source", @"^sources/(?!page/)[^/]+/index\.html$"),
        ("undated", @"^undated/index\.html$"),
        ("not found", @"^404\.html$"),
    ];

    public static string? Find(BuiltSite site, string kind)
    {
        var pattern = Kinds.Concat(OptionalKinds).Single(k => k.Kind == kind).Pattern;
        var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return site.HtmlPages()
            .Where(page => regex.IsMatch(page))
            .OrderByDescending(page => new FileInfo(site.FullPath(page)).Length)
            .ThenBy(page => page, StringComparer.Ordinal)
            .Select(page => page == "404.html" ? "/404.html" : BuiltSite.UrlPathOf(page))
            .FirstOrDefault();
    }
}
