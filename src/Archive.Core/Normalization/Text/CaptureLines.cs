namespace Archive.Core.Normalization.Text;

/// <summary>The lines of one capture with their features, marker verdicts and (as classification proceeds) roles.</summary>
internal sealed class CaptureLines
{
    public CaptureLines(string text)
    {
        Text = text;
        Lines = LineSegmenter.Split(text);
        var count = Lines.Length;
        Features = new LineFeatures[count];
        Markers = new string?[count];
        Roles = new LineRole[count];
        Reasons = new string?[count];
        _cache = new byte[count];
        for (var i = 0; i < count; i++)
        {
            var span = Lines[i].Span(text);
            Features[i] = LineFeatures.Of(span);
            Markers[i] = BoilerplateMarkers.Classify(span, Features[i])
                ?? (TopicTagFinder.IsTagList(span) ? TextDropReasons.TagList : null); // metadata, never body
        }
    }

    public string Text { get; }

    public TextLine[] Lines { get; }

    public LineFeatures[] Features { get; }

    /// <summary>
    /// Why each line is boilerplate before any layout is considered: a marker phrase (<see cref="BoilerplateMarkers"/>),
    /// a source rule or a line learnt across captures (<see cref="TextDropReasons"/>); null for most lines.
    /// </summary>
    public string?[] Markers { get; }

    public LineRole[] Roles { get; }

    /// <summary>Why a dropped line was dropped.</summary>
    public string?[] Reasons { get; }

    public int Count => Lines.Length;

    public ReadOnlySpan<char> Span(int index) => Lines[index].Span(Text);

    public string String(int index) => Lines[index].ToString(Text);

    public bool IsCaption(int index) => Cached(index, CaptionBit, static (c, i) =>
        LinePatterns.IsSpeakerCaption(c.Span(i), c.Features[i]) || LinePatterns.IsImageCaption(c.Span(i), c.Features[i]));

    public bool IsByline(int index) => Cached(index, BylineBit, static (c, i) => LinePatterns.IsByline(c.Span(i), c.Features[i]));

    public bool IsDateline(int index) => Cached(index, DatelineBit, static (c, i) =>
        LinePatterns.IsDateLine(c.Span(i), c.Features[i]) || LinePatterns.IsAgencyDateline(c.Span(i)));

    private const int CaptionBit = 0;
    private const int BylineBit = 2;
    private const int DatelineBit = 4;

    /// <summary>Two bits per predicate and line: computed, and value. The patterns run at most once per line.</summary>
    private readonly byte[] _cache;

    private bool Cached(int index, int bit, Func<CaptureLines, int, bool> compute)
    {
        var state = _cache[index];
        if ((state & (1 << bit)) != 0)
        {
            return (state & (2 << bit)) != 0;
        }

        var value = compute(this, index);
        _cache[index] = (byte)(state | (1 << bit) | (value ? 2 << bit : 0));
        return value;
    }

    public void Drop(int index, string reason)
    {
        Roles[index] = LineRole.Dropped;
        Reasons[index] = reason;
    }
}
