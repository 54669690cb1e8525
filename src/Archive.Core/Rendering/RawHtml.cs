namespace Archive.Core.Rendering;

/// <summary>Markup the generator built itself (escaped body, JSON-LD, SVG): written by templates without escaping.</summary>
public sealed record RawHtml(string Value)
{
    public override string ToString() => Value;
}
