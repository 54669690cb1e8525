namespace Archive.Core.Normalization.Html;

/// <summary>Fields found among the body's lines and taken out of it: a byline line and a dateline.</summary>
internal sealed class BodyFindings
{
    public string? Byline { get; set; }

    public string? Dateline { get; set; }
}
