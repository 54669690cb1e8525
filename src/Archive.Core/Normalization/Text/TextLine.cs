namespace Archive.Core.Normalization.Text;

/// <summary>One non-blank line of a capture: where its trimmed text lies and whether a blank line precedes it.</summary>
internal readonly record struct TextLine(int Number, int Start, int Length, bool BlankBefore)
{
    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);

    public string ToString(string text) => text.Substring(Start, Length);
}
