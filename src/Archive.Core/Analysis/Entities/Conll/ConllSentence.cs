namespace Archive.Core.Analysis.Entities.Conll;

/// <summary>
/// One sentence of a CoNLL file: its tokens (first column), the tag in the last column when the line
/// has more than one column (the gold label of training data), and the 0-based line of each token.
/// </summary>
internal sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string?> Tags, IReadOnlyList<int> Lines);
