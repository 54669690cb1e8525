namespace Archive.Core.Normalization.Text;

/// <summary>
/// Guard rails around the densest run of prose, for the ways it fails on pages nobody tuned it for:
/// a long comment thread outscoring the short article above it, a run with no prose at all, and a
/// list-style article (menus, recipes, deal roundups) cut at its first run of short lines.
/// Each guard is structural (markers, line shapes), never a phrase of one site.
/// </summary>
internal static class BodyGuards
{
    /// <summary>Lines after a comment prompt searched for a second one (a thread's "Reply" links, a comment form's fields).</summary>
    private const int ThreadWindow = 12;

    /// <summary>Lines judged together when deciding whether short lines after the text still belong to it.</summary>
    private const int ListWindow = 8;

    /// <summary>Prose above a comment section for it to be a post (one line of it may be a standfirst).</summary>
    private const int MinPostWords = 40;

    /// <summary>
    /// The first line of the page's comment section: a comment prompt or heading followed closely by another
    /// (a thread's "Reply" links, a form's "Leave a reply" and "Your email address will not be published"),
    /// with prose above it. Everything from there on is reader comments or the form for them, never body.
    /// Returns -1 when there is none.
    /// </summary>
    public static int CommentSection(CaptureLines c)
    {
        var proseLines = 0;
        var proseWords = 0;
        for (var i = 0; i < c.Count; i++)
        {
            if (IsCommentLine(c, i) && (proseLines >= 2 || proseWords >= MinPostWords) && SecondPromptFollows(c, i))
            {
                return i;
            }

            if (c.Markers[i] is null && ProseScorer.IsProse(c.Features[i]))
            {
                proseLines++;
                proseWords += c.Features[i].EffectiveWords;
            }
        }

        return -1;
    }

    private static bool SecondPromptFollows(CaptureLines c, int at)
    {
        for (var j = at + 1; j < Math.Min(c.Count, at + 1 + ThreadWindow); j++)
        {
            if (IsCommentLine(c, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A comment prompt, or a marked line that is a comment heading or reply link.</summary>
    private static bool IsCommentLine(CaptureLines c, int i) =>
        c.Markers[i] is { } marker && (marker == BoilerplateMarkers.CommentPrompt || BoilerplateMarkers.IsCommentHeading(c.Span(i)));

    /// <summary>Whether any line in the run reads as a sentence of body text.</summary>
    public static bool HasProse(CaptureLines c, int start, int end)
    {
        for (var i = start; i <= end; i++)
        {
            if (c.Markers[i] is null && ProseScorer.IsProse(c.Features[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Line scores that keep only prose: a fallback for a run without any sentence (a menu or table outscoring
    /// a short text), so that a dump holding prose never gets a body without it.
    /// </summary>
    public static void KeepOnlyProse(CaptureLines c, Span<double> scores)
    {
        for (var i = 0; i < scores.Length; i++)
        {
            if (c.Markers[i] is not null || !ProseScorer.IsProse(c.Features[i]))
            {
                scores[i] = Math.Min(scores[i], -ProseScorer.LineCost);
            }
        }
    }

    /// <summary>
    /// Extends the end of the text through what a list-style article continues with: short lines that carry
    /// content (quantities, colons, brackets, lower-case words) rather than menu entries or headline links
    /// (one to three words, or title case), only when the text stops on an unfinished line. Stops at a marker, a comment
    /// section, or a window that reads as navigation. When the text (as extended so far) ends in a list of titled items (its
    /// last window reads as one, <see cref="IsItemList"/>), windows of such items continue it too: the list began inside the
    /// text, so a list of promotions or teasers after a text that ends in prose is not taken.
    /// </summary>
    public static int ExtendThroughLists(CaptureLines c, int start, int end, int limit)
    {
        // A text that closes on a finished sentence has ended; one cut at a label or a colon has not.
        var last = c.Span(end).TrimEnd();
        if (c.Features[end].EndsTerminal && !last.EndsWith(':'))
        {
            return end;
        }

        while (end + ListWindow < limit
            && (IsListContent(c, end + 1, end + ListWindow)
                || (end - ListWindow + 1 >= Math.Max(0, start) && IsItemList(c, end - ListWindow + 1, end) && IsItemList(c, end + 1, end + ListWindow))))
        {
            end += ListWindow;
        }

        return end;
    }

    /// <summary>A list that closes the text (items, table rows, and the bare links that go with them) belongs to it.</summary>
    public static int ExtendThroughClosingList(CaptureLines c, int end, int limit)
    {
        while (end + 1 < limit && c.Markers[end + 1] is null
            && (c.Features[end + 1].ListMark || c.Features[end + 1].TableRow || (c.Features[end + 1].HasUrl && c.Features[end + 1].Words <= 4)))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The lines of <paramref name="start"/>..<paramref name="end"/> that belong to a list of the text: list items and table
    /// rows, and every line of a window of <see cref="ListWindow"/> lines that reads as list content, or as titled items
    /// (<see cref="IsItemList"/>) right after such a window (what <see cref="ExtendThroughLists"/> would continue through).
    /// A learnt drop level never sets these aside.
    /// </summary>
    public static bool[] ListLines(CaptureLines c, int start, int end)
    {
        var list = new bool[c.Count];
        if (start < 0)
        {
            return list;
        }

        for (var i = start; i <= end; i++)
        {
            ref readonly var f = ref c.Features[i];
            list[i] = c.Markers[i] is null && (f.ListMark || f.OrderedMark || f.TableRow);
        }

        // The bare link beside a list item is the item's link.
        for (var i = start; i <= end; i++)
        {
            ref readonly var f = ref c.Features[i];
            list[i] |= c.Markers[i] is null && f.HasUrl && f.Words <= 4
                && ((i > start && c.Features[i - 1].ListMark) || (i < end && c.Features[i + 1].ListMark));
        }

        for (var from = start; from + ListWindow - 1 <= end; from++)
        {
            var to = from + ListWindow - 1;
            if (IsListContent(c, from, to)
                || (from - ListWindow >= start && IsItemList(c, from, to) && (IsItemList(c, from - ListWindow, from - 1) || IsListContent(c, from - ListWindow, from - 1))))
            {
                list.AsSpan(from, ListWindow).Fill(true); // a window of list content, or of titled items that a list window leads into
            }
        }

        return list;
    }

    private static bool IsListContent(CaptureLines c, int from, int to)
    {
        var words = 0;
        var titleCase = 0;
        var content = 0;
        for (var i = from; i <= to; i++)
        {
            ref readonly var f = ref c.Features[i];
            if (c.Markers[i] is not null || ProseScorer.IsGluedPromo(f) || ProseScorer.IsTicker(f) || (f.HasUrl && f.Words <= 4))
            {
                return false;
            }

            words += f.EffectiveWords;
            titleCase += f.Words >= 2 && f.CapitalisedRatio > 0.7 ? 1 : 0;
            content += HasContentShape(c.Span(i), f) ? 1 : 0;
        }

        var lines = to - from + 1;
        return words >= 4 * lines && titleCase * 2 <= lines && content * 2 >= lines;
    }

    /// <summary>
    /// A window of titled items: each item a short title (one to three words, no final stop, no colon, not in capitals)
    /// over lines that say something (a quantity, an instruction, a label with a colon). Titles followed by a line that is
    /// no title are set aside, and a window of items has at least two; the other lines, at least half the window, must
    /// average four words, at most half of them in title case, at least half with a content shape or four words with
    /// function words. A menu's entries follow each other, so they are not set aside and the window fails on its words;
    /// a headline rail fails on title case or on content.
    /// </summary>
    internal static bool IsItemList(CaptureLines c, int from, int to)
    {
        int titles = 0, judged = 0, words = 0, titleCase = 0, content = 0;
        for (var i = from; i <= to; i++)
        {
            ref readonly var f = ref c.Features[i];
            if (c.Markers[i] is not null || ProseScorer.IsGluedPromo(f) || ProseScorer.IsTicker(f) || (f.HasUrl && f.Words <= 4))
            {
                return false;
            }

            if (IsItemTitle(c, i) && i + 1 < c.Count && c.Markers[i + 1] is null && !IsItemTitle(c, i + 1))
            {
                titles++;
                continue; // an item's title: judged by what it heads
            }

            judged++;
            words += f.EffectiveWords;
            titleCase += f.Words >= 2 && f.CapitalisedRatio > 0.7 ? 1 : 0;
            content += HasContentShape(c.Span(i), f) || (f.Words >= 4 && f.StopWordDensity >= 0.15) ? 1 : 0;
        }

        var lines = to - from + 1;
        return titles >= 2 && judged * 2 >= lines && words >= 4 * judged && titleCase * 2 <= judged && content * 2 >= judged;
    }

    /// <summary>
    /// A short title: one to three words, no final stop, no list mark, no colon (a "Label: value" line, such as a picture
    /// credit, is content, not a title), not all in capitals (a teaser's kicker or a section label: "EXCLUSIVE", "MOST READ").
    /// </summary>
    private static bool IsItemTitle(CaptureLines c, int i)
    {
        ref readonly var f = ref c.Features[i];
        return f.Words is >= 1 and <= 3 && !f.EndsTerminal && !f.ListMark && !f.TableRow && !c.Span(i).Contains(':')
            && f.UpperCaseWords < f.Words;
    }

    /// <summary>A line that says something: a sentence, a quantity, a label with a colon, a bracketed detail.</summary>
    internal static bool HasContentShape(ReadOnlySpan<char> line, in LineFeatures f) =>
        f.EndsTerminal || f.ListMark || f.TableRow || line.ContainsAnyInRange('0', '9') || line.IndexOfAny(":[(") >= 0
        || (f.Words >= 5 && f.StopWordDensity >= 0.15);
}
