namespace Archive.Core.Normalization.Html;

/// <summary>One value of <see cref="ContentScoring"/>: its file name, how to read and set it, and the range a search may try.</summary>
internal sealed record ScoringParameter(string Name, Func<ContentScoring, double> Get, Func<ContentScoring, double, ContentScoring> With, double Min, double Max, bool Integer);
