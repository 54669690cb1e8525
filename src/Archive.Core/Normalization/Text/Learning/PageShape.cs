namespace Archive.Core.Normalization.Text.Learning;

/// <summary>
/// What the whole dump looks like, for the learnt line classifier: how much of it is prose, how long it is, how many
/// runs of list-shaped lines it holds, where its longest stretch of prose sits and how much of the prose that is.
/// General shapes of pages (a long article, a short post above a thread, a list-style article, a link hub), never
/// strings of a site.
/// </summary>
internal sealed class PageShape
{
    /// <summary>Non-prose lines a stretch of prose may pass over (a subheading, a caption, a blank-separated label).</summary>
    private const int MaxGap = 2;

    /// <summary>List-shaped lines in a row for them to be a list.</summary>
    private const int MinListRun = 3;

    private PageShape(int count)
    {
        ListShaped = new bool[count];
        InListRun = new bool[count];
        StretchOf = new int[count];
        Array.Fill(StretchOf, -1);
    }

    /// <summary>The stretches of prose above the comment section, top to bottom (see <see cref="StretchOf"/>).</summary>
    public List<Stretch> Stretches { get; } = [];

    /// <summary>Per line, the index in <see cref="Stretches"/> of the stretch of prose it lies in (from its first to its last prose line), or -1.</summary>
    public int[] StretchOf { get; }

    /// <summary>A stretch of prose: prose lines with at most <see cref="MaxGap"/> other unmarked, undated lines between them.</summary>
    public readonly record struct Stretch(int Start, int End, double Words, int ProseLines);

    public float ProseShare { get; private set; }

    public float LogLines { get; private set; }

    public float LogProseWords { get; private set; }

    /// <summary>Runs of at least three list-shaped lines, log-scaled.</summary>
    public float ListRuns { get; private set; }

    /// <summary>The longest stretch of prose's share of all prose words.</summary>
    public float LongestShare { get; private set; }

    /// <summary>Where the middle of the longest stretch of prose sits in the dump (0 top, 1 bottom).</summary>
    public float LongestPosition { get; private set; }

    public int LongestStart { get; private set; } = -1;

    public int LongestEnd { get; private set; } = -1;

    /// <summary>Lines shaped like list items: a list mark, a table row, or a short unmarked line carrying a quantity, a colon or a bracket.</summary>
    public bool[] ListShaped { get; }

    /// <summary>List-shaped lines in a run of at least three.</summary>
    public bool[] InListRun { get; }

    public static PageShape Of(CaptureLines c, bool[] prose, int comments)
    {
        var n = c.Count;
        var shape = new PageShape(n);
        if (n == 0)
        {
            return shape;
        }

        var limit = comments < 0 ? n : comments;
        double proseWords = 0;
        var proseLines = 0;
        for (var i = 0; i < n; i++)
        {
            ref readonly var f = ref c.Features[i];
            shape.ListShaped[i] = c.Markers[i] is null && (f.ListMark || f.OrderedMark || f.TableRow
                || (f.EffectiveWords is >= 2 and <= 25 && BodyGuards.HasContentShape(c.Span(i), f) && !prose[i]));
            if (prose[i])
            {
                proseLines++;
                proseWords += f.EffectiveWords;
            }
        }

        // Runs of list-shaped lines.
        var runs = 0;
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j < n && shape.ListShaped[j])
            {
                j++;
            }

            if (j - i >= MinListRun)
            {
                runs++;
                for (var m = i; m < j; m++)
                {
                    shape.InListRun[m] = true;
                }
            }

            i = Math.Max(j, i + 1);
        }

        // The stretches of prose above the comment section: prose lines with at most MaxGap other unmarked lines between them,
        // none of them a dateline; and the longest of them.
        double best = 0;
        for (var i = 0; i < limit; i++)
        {
            if (!prose[i])
            {
                continue;
            }

            double words = 0;
            var last = i;
            var j = i;
            while (j < limit && j - last <= MaxGap + 1)
            {
                if (prose[j])
                {
                    words += c.Features[j].EffectiveWords;
                    last = j;
                }
                else if (c.Markers[j] is not null || c.IsDateline(j))
                {
                    break; // a marker, or a dated line (a teaser's date, a comment's time): another item begins
                }

                j++;
            }

            var index = shape.Stretches.Count;
            var stretchProse = 0;
            for (var m = i; m <= last; m++)
            {
                shape.StretchOf[m] = index;
                stretchProse += prose[m] ? 1 : 0;
            }

            shape.Stretches.Add(new Stretch(i, last, words, stretchProse));
            if (words > best)
            {
                best = words;
                shape.LongestStart = i;
                shape.LongestEnd = last;
            }

            i = last;
        }

        shape.ProseShare = (float)proseLines / n;
        shape.LogLines = (float)(Math.Log(1 + n) / 8);
        shape.LogProseWords = (float)(Math.Log(1 + proseWords) / 8);
        shape.ListRuns = (float)(Math.Log(1 + runs) / 2);
        shape.LongestShare = proseWords == 0 ? 0 : (float)(best / proseWords);
        shape.LongestPosition = shape.LongestStart < 0 || n == 1 ? 0 : (float)(shape.LongestStart + shape.LongestEnd) / 2 / (n - 1);
        return shape;
    }
}
