namespace Archive.Core.Model;

/// <summary>A piece of a capture left out of the article, and why: the normalisation report.</summary>
public sealed record DroppedBlock(string Text, string Reason, int Line = 0);
