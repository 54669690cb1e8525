namespace Archive.Core.Analysis.Entities.Conll;

/// <summary>The sentences of one document of a CoNLL file (between <c>-DOCSTART-</c> lines, or found by datelines).</summary>
internal sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences);
