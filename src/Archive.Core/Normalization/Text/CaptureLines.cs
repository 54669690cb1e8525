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
        for (var i = 0; i < count; i++)
        {
            var span = Lines[i].Span(text);
            Features[i] = LineFeatures.Of(span);
            Markers[i] = BoilerplateMarkers.Classify(span, Features[i]);
        }
    }

    public string Text { get; }

    public TextLine[] Lines { get; }

    public LineFeatures[] Features { get; }

    /// <summary>The marker reason of each line (<see cref="BoilerplateMarkers"/>), or null.</summary>
    public string?[] Markers { get; }

    public LineRole[] Roles { get; }

    /// <summary>Why a dropped line was dropped.</summary>
    public string?[] Reasons { get; }

    public int Count => Lines.Length;

    public ReadOnlySpan<char> Span(int index) => Lines[index].Span(Text);

    public string String(int index) => Lines[index].ToString(Text);

    public bool IsCaption(int index)
    {
        var span = Span(index);
        ref readonly var f = ref Features[index];
        return LinePatterns.IsSpeakerCaption(span, f) || LinePatterns.IsImageCaption(span, f);
    }

    public bool IsByline(int index) => LinePatterns.IsByline(Span(index), Features[index]);

    public bool IsDateline(int index) => LinePatterns.IsDateLine(Span(index), Features[index]) || LinePatterns.IsAgencyDateline(Span(index));

    public void Drop(int index, string reason)
    {
        Roles[index] = LineRole.Dropped;
        Reasons[index] = reason;
    }
}
