namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>A sentence with its gold IOB2 labels (indices into <see cref="NerLabels.Names"/>).</summary>
internal sealed record TrainingSentence(IReadOnlyList<string> Tokens, int[] Labels);
