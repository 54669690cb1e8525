namespace Archive.Core.Analysis.Entities.Text;

/// <summary>A token of plain text: its (normalised) text and where it was found in the source string.</summary>
public readonly record struct TextToken(string Text, int Start, int Length);
