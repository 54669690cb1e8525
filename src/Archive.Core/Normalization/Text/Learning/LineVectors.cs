namespace Archive.Core.Normalization.Text.Learning;

/// <summary>
/// The features the learnt line classifier reads, one row per line of a capture. They describe kinds of lines, never
/// strings of one site: length and sentence shape, punctuation, the generic marker verdicts of
/// <see cref="BoilerplateMarkers"/> (as features, not verdicts), position, neighbourhood, repetition within the
/// dump, and where the hand rules put the text (<see cref="TextCaptureReader"/>'s densest run), which the model
/// may confirm or overrule.
/// </summary>
internal static class LineVectors
{
    /// <summary>Feature names, in row order: the model file lists its weights under these names.</summary>
    public static readonly string[] Names =
    [
        "bias", "log-words", "words<=2", "words3-5", "words6-9", "words10-19", "words20-39", "words40+",
        "stopword-density", "few-stopwords", "many-stopwords", "capitalised-ratio", "title-case", "upper-case-ratio",
        "glued", "cjk", "ends-terminal", "ends-colon", "ends-quote", "starts-quote", "list-mark", "ordered-mark",
        "url", "table-row", "truncated-teasers",
        "m-navigation", "m-share-bar", "m-end-marker", "m-copyright", "m-browser-notice", "m-cookie-notice",
        "m-newsletter", "m-comment-prompt", "m-site-notice", "m-inline-promo", "m-legal", "m-related-links",
        "m-author-bio", "m-source-rule", "m-other",
        "caption", "byline", "dateline", "prose", "digit-share", "separators", "blank-before",
        "position", "top-tenth", "bottom-fifth", "in-comment-section", "one-end-marker-above", "end-markers-above",
        "repeated", "prose-above", "no-prose-above", "no-prose-below",
        "prose-near", "prose-around", "words-near", "short-near", "prev-prose", "next-prose", "prev-marker", "next-marker",
        "rule-score", "in-rule-run", "before-rule-run", "after-rule-run", "distance-to-rule-run", "comment-line-ahead",
        "unfinished-long", "in-run-prose", "in-run-short", "outside-run-prose",
        "page-prose-share", "page-log-lines", "page-log-prose-words", "page-list-runs", "page-has-comments",
        "page-longest-run-share", "page-longest-run-position", "in-longest-run", "above-longest-run", "below-longest-run",
        "distance-to-longest-run", "list-shaped", "list-shaped-in-list-run", "short-on-prose-page", "prose-on-list-page",
        "page-has-head", "in-head-stretch", "above-head-stretch", "below-head-stretch", "in-first-stretch", "below-first-stretch",
        "stretch-log-words", "stretch-one-line", "stretch-rank", "stretch-head-repeated", "datelines-near", "item-marks-near",
        "in-stretch-item-marks",
    ];

    public static int Width => Names.Length;

    private static readonly string[] MarkerOrder =
    [
        BoilerplateMarkers.Navigation, BoilerplateMarkers.ShareBar, BoilerplateMarkers.EndMarker, BoilerplateMarkers.Copyright,
        BoilerplateMarkers.BrowserNotice, BoilerplateMarkers.CookieNotice, BoilerplateMarkers.Newsletter, BoilerplateMarkers.CommentPrompt,
        BoilerplateMarkers.SiteNotice, BoilerplateMarkers.InlinePromo, BoilerplateMarkers.Legal, BoilerplateMarkers.RelatedLinks,
        BoilerplateMarkers.AuthorBio, TextDropReasons.SourceRule,
    ];

    /// <summary>
    /// The rows of every line, <see cref="Width"/> values each, in one array. <paramref name="ruleScores"/> and the
    /// rule run (<paramref name="ruleStart"/>..<paramref name="ruleEnd"/>, -1 when none) are the hand rules' view.
    /// </summary>
    public static float[] Of(CaptureLines c, ReadOnlySpan<double> ruleScores, int ruleStart, int ruleEnd, int comments)
    {
        var n = c.Count;
        var w = Width;
        var rows = new float[n * w];
        if (n == 0)
        {
            return rows;
        }

        var prose = new bool[n];
        var proseWordsBefore = new double[n + 1];
        var endMarkersAbove = new int[n];
        var commentAhead = new int[n + 1];
        var seen = new Dictionary<int, int>(n);
        var hashes = new int[n];
        var ends = 0;
        for (var i = 0; i < n; i++)
        {
            prose[i] = c.Markers[i] is null && ProseScorer.IsProse(c.Features[i]);
            proseWordsBefore[i + 1] = proseWordsBefore[i] + (prose[i] ? c.Features[i].EffectiveWords : 0);
            endMarkersAbove[i] = ends;
            ends += c.Markers[i] is BoilerplateMarkers.EndMarker or BoilerplateMarkers.RelatedLinks ? 1 : 0;
            hashes[i] = string.GetHashCode(c.Span(i), StringComparison.OrdinalIgnoreCase);
            seen[hashes[i]] = seen.GetValueOrDefault(hashes[i]) + 1;
        }

        // Lines to the next comment prompt or heading, looking down.
        commentAhead[n] = int.MaxValue / 2;
        for (var i = n - 1; i >= 0; i--)
        {
            var isComment = c.Markers[i] is { } m && (m == BoilerplateMarkers.CommentPrompt || BoilerplateMarkers.IsCommentHeading(c.Span(i)));
            commentAhead[i] = isComment ? 0 : commentAhead[i + 1] + 1;
        }

        var totalProse = Math.Max(1, proseWordsBefore[n]);
        var shape = PageShape.Of(c, prose, comments);
        var blocks = Blocks.Of(c, prose, comments, shape, hashes, seen);
        for (var i = 0; i < n; i++)
        {
            var x = rows.AsSpan(i * w, w);
            ref readonly var f = ref c.Features[i];
            var span = c.Span(i);
            var words = f.EffectiveWords;
            var k = 0;
            x[k++] = 1;
            x[k++] = (float)(Math.Log(1 + words) / 4);
            x[k++] = words <= 2 ? 1 : 0;
            x[k++] = words is >= 3 and <= 5 ? 1 : 0;
            x[k++] = words is >= 6 and <= 9 ? 1 : 0;
            x[k++] = words is >= 10 and <= 19 ? 1 : 0;
            x[k++] = words is >= 20 and <= 39 ? 1 : 0;
            x[k++] = words >= 40 ? 1 : 0;
            x[k++] = f.Words >= 3 ? (float)f.StopWordDensity : 0;
            x[k++] = f.Words >= 4 && f.CjkChars == 0 && f.StopWordDensity < 0.05 ? 1 : 0;
            x[k++] = f.Words >= 4 && f.StopWordDensity >= 0.2 ? 1 : 0;
            x[k++] = (float)f.CapitalisedRatio;
            x[k++] = f.Words is >= 2 and <= 15 && f.CapitalisedRatio > 0.7 ? 1 : 0;
            x[k++] = f.Words == 0 ? 0 : (float)f.UpperCaseWords / f.Words;
            x[k++] = f.GluedJoins > 0 ? 1 : 0;
            x[k++] = f.CjkChars > 0 ? 1 : 0;
            x[k++] = f.EndsTerminal ? 1 : 0;
            x[k++] = span.TrimEnd().EndsWith(':') ? 1 : 0;
            x[k++] = f.EndsWithQuote ? 1 : 0;
            x[k++] = f.StartsWithQuote ? 1 : 0;
            x[k++] = f.ListMark ? 1 : 0;
            x[k++] = f.OrderedMark ? 1 : 0;
            x[k++] = f.HasUrl ? 1 : 0;
            x[k++] = f.TableRow ? 1 : 0;
            x[k++] = f.TruncatedTeasers > 0 ? 1 : 0;
            var marker = c.Markers[i];
            var known = false;
            foreach (var name in MarkerOrder)
            {
                var hit = marker == name;
                known |= hit;
                x[k++] = hit ? 1 : 0;
            }

            x[k++] = marker is not null && !known ? 1 : 0;
            x[k++] = c.IsCaption(i) ? 1 : 0;
            x[k++] = c.IsByline(i) ? 1 : 0;
            x[k++] = c.IsDateline(i) ? 1 : 0;
            x[k++] = prose[i] ? 1 : 0;
            x[k++] = DigitShare(span);
            x[k++] = Separators(span) > 0 ? 1 : 0;
            x[k++] = c.Lines[i].BlankBefore ? 1 : 0;
            var position = n == 1 ? 0 : (float)i / (n - 1);
            x[k++] = position;
            x[k++] = position < 0.1 ? 1 : 0;
            x[k++] = position > 0.8 ? 1 : 0;
            x[k++] = comments >= 0 && i >= comments ? 1 : 0;
            x[k++] = endMarkersAbove[i] == 1 ? 1 : 0;
            x[k++] = endMarkersAbove[i] >= 2 ? 1 : 0;
            x[k++] = seen[hashes[i]] > 1 ? 1 : 0;
            x[k++] = (float)(proseWordsBefore[i] / totalProse);
            x[k++] = proseWordsBefore[i] == 0 ? 1 : 0;
            x[k++] = proseWordsBefore[n] - proseWordsBefore[i + 1] == 0 ? 1 : 0;
            x[k++] = Share(prose, i, 3);
            x[k++] = Share(prose, i, 10);
            x[k++] = MeanLogWords(c, i, 3);
            x[k++] = ShortShare(c, i, 3);
            x[k++] = i > 0 && prose[i - 1] ? 1 : 0;
            x[k++] = i + 1 < n && prose[i + 1] ? 1 : 0;
            x[k++] = i > 0 && c.Markers[i - 1] is not null ? 1 : 0;
            x[k++] = i + 1 < n && c.Markers[i + 1] is not null ? 1 : 0;
            x[k++] = (float)(Math.Clamp(ruleScores[i], -15, 40) / 20);
            var inRun = ruleStart >= 0 && i >= ruleStart && i <= ruleEnd;
            x[k++] = inRun ? 1 : 0;
            x[k++] = ruleStart >= 0 && i < ruleStart ? 1 : 0;
            x[k++] = ruleStart >= 0 && i > ruleEnd ? 1 : 0;
            x[k++] = ruleStart < 0 || inRun ? 0 : (float)(Math.Log(1 + (i < ruleStart ? ruleStart - i : i - ruleEnd)) / 4);
            x[k++] = commentAhead[i] is > 0 and <= 12 ? 1 : 0;
            x[k++] = words >= 8 && !f.EndsTerminal ? 1 : 0;
            x[k++] = inRun && prose[i] ? 1 : 0;
            x[k++] = inRun && words < 4 ? 1 : 0;
            x[k++] = !inRun && prose[i] ? 1 : 0;

            // The shape of the whole dump: the same for every line, and crossed with the line's own shape.
            x[k++] = shape.ProseShare;
            x[k++] = shape.LogLines;
            x[k++] = shape.LogProseWords;
            x[k++] = shape.ListRuns;
            x[k++] = comments >= 0 ? 1 : 0;
            x[k++] = shape.LongestShare;
            x[k++] = shape.LongestPosition;
            var inLongest = shape.LongestStart >= 0 && i >= shape.LongestStart && i <= shape.LongestEnd;
            x[k++] = inLongest ? 1 : 0;
            x[k++] = shape.LongestStart >= 0 && i < shape.LongestStart ? 1 : 0;
            x[k++] = shape.LongestStart >= 0 && i > shape.LongestEnd ? 1 : 0;
            x[k++] = shape.LongestStart < 0 || inLongest ? 0 : (float)(Math.Log(1 + (i < shape.LongestStart ? shape.LongestStart - i : i - shape.LongestEnd)) / 4);
            x[k++] = shape.ListShaped[i] ? 1 : 0;
            x[k++] = shape.InListRun[i] ? 1 : 0;
            x[k++] = words < 4 ? shape.ProseShare : 0;
            x[k++] = prose[i] ? shape.ListRuns : 0;

            // Where the line's block sits relative to the article's head (the first byline or dateline followed by prose),
            // the first block of prose, and the recurring marks of a list of items (teasers, comments).
            var stretch = shape.StretchOf[i];
            x[k++] = blocks.Head >= 0 ? 1 : 0;
            x[k++] = blocks.Head >= 0 && stretch == blocks.Head ? 1 : 0;
            x[k++] = blocks.Head >= 0 && (stretch >= 0 ? stretch < blocks.Head : i < shape.Stretches[blocks.Head].Start) ? 1 : 0;
            x[k++] = blocks.Head >= 0 && (stretch >= 0 ? stretch > blocks.Head : i > shape.Stretches[blocks.Head].End) ? 1 : 0;
            x[k++] = blocks.First >= 0 && stretch == blocks.First ? 1 : 0;
            x[k++] = blocks.First >= 0 && i > shape.Stretches[blocks.First].End ? 1 : 0;
            x[k++] = stretch < 0 ? 0 : (float)(Math.Log(1 + shape.Stretches[stretch].Words) / 8);
            x[k++] = stretch >= 0 && shape.Stretches[stretch].ProseLines == 1 ? 1 : 0;
            x[k++] = stretch < 0 ? 0 : (float)(Math.Log(1 + stretch) / 3);
            x[k++] = stretch >= 0 && blocks.HeadRepeated[stretch] ? 1 : 0;
            x[k++] = Blocks.Near(blocks.Datelines, i, 8) / 4f;
            x[k++] = Blocks.Near(blocks.ItemMarks, i, 8) / 4f;
            x[k++] = stretch < 0 ? 0 : Math.Min(4, blocks.ItemMarks[shape.Stretches[stretch].End + 1] - blocks.ItemMarks[shape.Stretches[stretch].Start]) / 4f;
        }

        return rows;
    }

    private static float DigitShare(ReadOnlySpan<char> line)
    {
        var digits = 0;
        var letters = 0;
        foreach (var ch in line)
        {
            digits += char.IsAsciiDigit(ch) ? 1 : 0;
            letters += char.IsLetter(ch) ? 1 : 0;
        }

        return digits + letters == 0 ? 0 : (float)digits / (digits + letters);
    }

    /// <summary>Menu separators inside the line ("Home | News | Sport").</summary>
    private static int Separators(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var i = 1; i < line.Length - 1; i++)
        {
            count += line[i] is '|' or '•' or '·' or '»' or '›' && line[i - 1] == ' ' ? 1 : 0;
        }

        return count;
    }

    private static float Share(bool[] values, int at, int radius)
    {
        int hits = 0, total = 0;
        for (var j = Math.Max(0, at - radius); j <= Math.Min(values.Length - 1, at + radius); j++)
        {
            if (j != at)
            {
                total++;
                hits += values[j] ? 1 : 0;
            }
        }

        return total == 0 ? 0 : (float)hits / total;
    }

    private static float MeanLogWords(CaptureLines c, int at, int radius)
    {
        double sum = 0;
        var total = 0;
        for (var j = Math.Max(0, at - radius); j <= Math.Min(c.Count - 1, at + radius); j++)
        {
            if (j != at)
            {
                total++;
                sum += Math.Log(1 + c.Features[j].EffectiveWords);
            }
        }

        return total == 0 ? 0 : (float)(sum / total / 4);
    }

    private static float ShortShare(CaptureLines c, int at, int radius)
    {
        int hits = 0, total = 0;
        for (var j = Math.Max(0, at - radius); j <= Math.Min(c.Count - 1, at + radius); j++)
        {
            if (j != at)
            {
                total++;
                hits += c.Features[j].EffectiveWords <= 3 ? 1 : 0;
            }
        }

        return total == 0 ? 0 : (float)hits / total;
    }

    /// <summary>
    /// Block-level views of a dump: the stretch of prose that follows the article's head, the first stretch of prose,
    /// whether the line heading each stretch is repeated elsewhere in the dump (an article's headline comes back in its
    /// breadcrumb, its related links or its comment heading; a teaser's rarely does), and running counts of datelines and
    /// of item marks (a short line that recurs three times or more: a reply link, a "read more", a like count), which
    /// recur through lists of teasers and comment threads, not through an article.
    /// </summary>
    private sealed class Blocks
    {
        /// <summary>Lines of one to three words that recur this often are the marks of a list of items.</summary>
        private const int ItemMarkRepeats = 3;

        /// <summary>How far below a byline or dateline the article's first prose may start.</summary>
        private const int HeadReach = 8;

        /// <summary>How far above a stretch its heading may stand.</summary>
        private const int HeadingReach = 4;

        public int Head { get; private set; } = -1;

        public int First { get; private set; } = -1;

        public bool[] HeadRepeated { get; private set; } = [];

        /// <summary>Running counts: Datelines[i] is the number of datelines and bylines above line i.</summary>
        public int[] Datelines { get; private set; } = [];

        public int[] ItemMarks { get; private set; } = [];

        public static int Near(int[] counts, int at, int radius)
        {
            var from = Math.Max(0, at - radius);
            var to = Math.Min(counts.Length - 1, at + radius + 1);
            return Math.Min(4, counts[to] - counts[from]);
        }

        public static Blocks Of(CaptureLines c, bool[] prose, int comments, PageShape shape, int[] hashes, Dictionary<int, int> seen)
        {
            var n = c.Count;
            var limit = comments < 0 ? n : comments;
            var b = new Blocks { Datelines = new int[n + 1], ItemMarks = new int[n + 1], HeadRepeated = new bool[shape.Stretches.Count] };
            var anchor = -1;
            for (var i = 0; i < n; i++)
            {
                var dated = c.IsDateline(i) || c.IsByline(i);
                b.Datelines[i + 1] = b.Datelines[i] + (dated ? 1 : 0);
                var mark = c.Features[i].EffectiveWords is >= 1 and <= 3 && seen[hashes[i]] >= ItemMarkRepeats;
                b.ItemMarks[i + 1] = b.ItemMarks[i] + (mark ? 1 : 0);
                if (anchor < 0 && dated && i < limit)
                {
                    for (var j = i + 1; j < Math.Min(limit, i + 1 + HeadReach); j++)
                    {
                        if (prose[j] && shape.StretchOf[j] >= 0)
                        {
                            anchor = i;
                            b.Head = shape.StretchOf[j];
                            break;
                        }
                    }
                }
            }

            for (var s = 0; s < shape.Stretches.Count; s++)
            {
                var stretch = shape.Stretches[s];
                if (b.First < 0 && (stretch.Words >= 25 || stretch.ProseLines >= 2))
                {
                    b.First = s;
                }

                b.HeadRepeated[s] = HeadingRepeated(c, prose, stretch.Start);
            }

            return b;
        }

        /// <summary>Whether the nearest heading-like line above <paramref name="start"/> (3 to 20 words, not prose, no marker) comes back inside another line.</summary>
        private static bool HeadingRepeated(CaptureLines c, bool[] prose, int start)
        {
            for (var h = start - 1; h >= Math.Max(0, start - HeadingReach); h--)
            {
                if (prose[h] || c.Markers[h] is not null)
                {
                    return false;
                }

                var words = c.Features[h].EffectiveWords;
                if (words is < 3 or > 20 || c.IsDateline(h) || c.IsByline(h))
                {
                    continue;
                }

                var heading = c.Span(h).Trim();
                for (var j = 0; j < c.Count; j++)
                {
                    if (j != h && c.Span(j).Length >= heading.Length && c.Span(j).Contains(heading, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                return false;
            }

            return false;
        }
    }
}
