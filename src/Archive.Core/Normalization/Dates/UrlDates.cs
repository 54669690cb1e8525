using System.Text.RegularExpressions;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Days written in a URL path: <c>/2019/11/05/</c>, <c>2019-11-05</c>, <c>2019_11_05</c> and a bare
/// <c>20191105</c> standing alone between separators. Month-only paths (<c>/2019/11/</c>) give no day.
/// Archive wrappers (<c>web.archive.org/web/20130307194448/...</c>) are unwrapped first.
/// </summary>
internal static partial class UrlDates
{
    public static DateOnly? Find(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2048)
        {
            return null;
        }

        try
        {
            var path = StripArchivePrefix(url);
            var query = path.IndexOfAny(['?', '#']);
            if (query >= 0)
            {
                path = path[..query];
            }

            foreach (var regex in new[] { SlashDate(), DashDate(), CompactDate(), DayFirstDate() })
            {
                var m = regex.Match(path);
                if (m.Success
                    && DateExpressions.TryNumber(m.Groups["y"].ValueSpan, out var y)
                    && DateExpressions.TryNumber(m.Groups["m"].ValueSpan, out var mo)
                    && DateExpressions.TryNumber(m.Groups["d"].ValueSpan, out var d)
                    && DateBounds.Make(y, mo, d) is { } date)
                {
                    return date;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        return null;
    }

    private static string StripArchivePrefix(string url)
    {
        var m = ArchivePrefix().Match(url);
        return m.Success ? url[(m.Index + m.Length)..] : url;
    }

    [GeneratedRegex(@"/web/\d{8,14}[a-z_]*/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArchivePrefix();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)/(?<m>[01]?\d)/(?<d>[0-3]?\d)(?:/|$|\.(?!\d))", RegexOptions.CultureInvariant)]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d\d)(?<s>[-_])(?<m>[01]\d)\k<s>(?<d>[0-3]\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DashDate();

    // 29-10-2021 as a whole path segment or slug part
    [GeneratedRegex(@"(?<=[/_\-])(?<d>[0-3]\d)(?<s>[-_.])(?<m>[01]\d)\k<s>(?<y>(?:19|20)\d\d)(?=[/_\-.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstDate();

    [GeneratedRegex(@"(?<=[/_\-.])(?<y>(?:19|20)\d\d)(?<m>[01]\d)(?<d>[0-3]\d)(?=[/_\-.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDate();
}
