using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Dates from the article's own elements: <c>&lt;time datetime&gt;</c> / <c>&lt;time pubdate&gt;</c>, and short
/// elements whose class or id says date, published, posted or byline. Elements in navigation, footers,
/// sidebars, related rails and comments are skipped; the first in document order wins within a kind.
/// </summary>
internal static partial class ElementDates
{
    private const int MaxElements = 400;

    public static void CollectTimes(IDocument document, DayMonthOrder order, List<DateCandidate> output)
    {
        var published = new List<DateCandidate>();
        var modified = new List<DateCandidate>();
        var seen = 0;
        foreach (var time in document.QuerySelectorAll("time"))
        {
            if (++seen > MaxElements)
            {
                break;
            }

            if (PageRegions.IsOutsideArticle(time))
            {
                continue;
            }

            var value = time.GetAttribute("datetime");
            var text = time.TextContent;
            if (!TimestampValue.TryRead(value, order, out var date, out var utc))
            {
                if (text.Length > 120 || !TimestampValue.TryRead(text, order, out date, out utc))
                {
                    continue;
                }
            }

            // Document order decides among publication and unmarked times: the first belongs to the article's
            // header; later ones (even marked pubdate) often to comments or related items.
            var role = RoleOf(time, text);
            (role == DateRole.Modified ? modified : published).Add(new DateCandidate(date, DateSource.TimeElement, role, utc));
        }

        output.AddRange(published);
        output.AddRange(modified);
    }

    public static void CollectDateElements(IDocument document, DayMonthOrder order, List<DateCandidate> output)
    {
        var published = new List<DateCandidate>();
        var modified = new List<DateCandidate>();
        var seen = 0;
        foreach (var element in document.QuerySelectorAll("[class],[id]"))
        {
            if (element.LocalName is "html" or "body" or "script" or "style" or "time" or "meta" or "link" or "article" or "main")
            {
                continue;
            }

            var names = PageRegions.Names(element);
            if (!SafeRegex.IsMatch(DateClass(), names))
            {
                continue;
            }

            if (++seen > MaxElements)
            {
                break;
            }

            var text = element.TextContent;
            if (text.Length > 200 || PageRegions.IsOutsideArticle(element))
            {
                if (element.GetAttribute("title") is { Length: > 5 } title && TimestampValue.TryRead(title, order, out var t, out _)
                    && !PageRegions.IsOutsideArticle(element))
                {
                    published.Add(new DateCandidate(t, DateSource.DateElement, DateRole.Unknown));
                }

                continue;
            }

            var mentions = DateExpressions.FindAll(text, order);
            if (mentions.Count == 0)
            {
                continue;
            }

            // "Published 4 Nov 2019, updated 6 Nov 2019": the mention after a publication word, else the first
            // one not after an update word.
            DateMention? chosen = null;
            var role = DateRole.Unknown;
            foreach (var mention in mentions)
            {
                var before = text[Math.Max(0, mention.Index - 40)..mention.Index];
                var context = ContextWords.Classify(before);
                if (context == DateContext.Published)
                {
                    chosen = mention;
                    role = DateRole.Published;
                    break;
                }

                if (context is DateContext.Copyright or DateContext.Today or DateContext.Event)
                {
                    continue;
                }

                if (context == DateContext.Modified)
                {
                    modified.Add(new DateCandidate(mention.Date, DateSource.DateElement, DateRole.Modified));
                    continue;
                }

                chosen ??= mention;
            }

            if (chosen is { } c)
            {
                var nameRole = SafeRegex.IsMatch(ModifiedClass(), names) ? DateRole.Modified : role;
                (nameRole == DateRole.Modified ? modified : published).Add(new DateCandidate(c.Date, DateSource.DateElement, nameRole));
            }
        }

        output.AddRange(published);
        output.AddRange(modified);
    }

    /// <summary>
    /// A definition list's value labelled as the publication day (<c>&lt;dt&gt;Date&lt;/dt&gt;&lt;dd&gt;12.01.2017&lt;/dd&gt;</c>,
    /// "Datum", "Published", "Veröffentlicht", ...: any publication cue of <see cref="ContextWords"/>).
    /// </summary>
    public static void CollectLabelled(IDocument document, DayMonthOrder order, List<DateCandidate> output)
    {
        var seen = 0;
        foreach (var term in document.QuerySelectorAll("dt"))
        {
            if (++seen > 100)
            {
                break;
            }

            var label = term.TextContent.Trim();
            if (label.Length is 0 or > 40 || ContextWords.Classify(label.TrimEnd(':', ' ') + ":") != DateContext.Published)
            {
                continue;
            }

            if (term.NextElementSibling is not { LocalName: "dd" } value || value.TextContent.Length > 120 || PageRegions.IsOutsideArticle(value))
            {
                continue;
            }

            if (DateExpressions.First(value.TextContent, order) is { } mention)
            {
                output.Add(new DateCandidate(mention.Date, DateSource.DateElement, DateRole.Published));
            }
        }
    }

    /// <summary>
    /// A day written into the page by a small inline script where it stands (<c>&lt;script&gt;showDate("2020/04/17 01:43")&lt;/script&gt;</c>):
    /// a call whose first argument is a date, in the article's region; the first such script counts.
    /// </summary>
    public static void CollectScripted(IDocument document, DayMonthOrder order, List<DateCandidate> output)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        var seen = 0;
        foreach (var script in body.QuerySelectorAll("script"))
        {
            if (++seen > MaxElements)
            {
                break;
            }

            var text = script.TextContent;
            if (text.Length is < 10 or > 200 || script.HasAttribute("src"))
            {
                continue;
            }

            var m = SafeRegex.Match(WrittenDate(), text);
            if (m is not { Success: true } || !TimestampValue.TryRead(m.Groups["v"].Value, order, out var date, out var utc) || PageRegions.IsOutsideArticle(script))
            {
                continue;
            }

            output.Add(new DateCandidate(date, DateSource.DateElement, DateRole.Unknown, utc));
            return;
        }
    }

    private static DateRole RoleOf(IElement time, string text)
    {
        if (time.HasAttribute("pubdate"))
        {
            return DateRole.Published;
        }

        for (var e = time; e is not null && e.LocalName != "body"; e = e.ParentElement)
        {
            var names = PageRegions.Names(e) + " " + (e.GetAttribute("itemprop") ?? "");
            if (SafeRegex.IsMatch(ModifiedClass(), names))
            {
                return DateRole.Modified;
            }

            if (SafeRegex.IsMatch(PublishedClass(), names))
            {
                return DateRole.Published;
            }

            if (e != time)
            {
                break;
            }
        }

        return ContextWords.Classify(text) switch
        {
            DateContext.Modified => DateRole.Modified,
            DateContext.Published => DateRole.Published,
            _ => DateRole.Unknown,
        };
    }

    [GeneratedRegex(@"date|datum|fecha|data\b|publish|posted|pubdate|created|submitted|timestamp|byline|dateline|(?:^|[\s_-])time(?:$|[\s_-])|meta",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateClass();

    [GeneratedRegex(@"^\s*(?:document\.write\w*|[\w$.]{1,40})\(\s*[""'](?<v>(?:19|20)\d\d[-/.]\d\d?[-/.]\d\d?[^""']{0,30}|\d\d?[-/.]\d\d?[-/.](?:19|20)\d\d[^""']{0,30})[""']",
        RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"updated|modified|update-|aktualisiert|edited|dateModified",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModifiedClass();

    [GeneratedRegex(@"publish|pubdate|posted|created|entry-date|datePublished|post-date|article-date",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedClass();
}
