namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// Tags tokens of one sentence with IOB2 labels (B-PER, I-ORG, B-LOC, O, ...).
/// Placeholder until the trained model lands: capitalised tokens not at sentence start are B-/I-ORG.
/// </summary>
public sealed class NerTagger
{
    public static NerTagger Default { get; } = new();

    public string[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var tags = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var capitalised = i > 0 && tokens[i].Length > 1 && char.IsUpper(tokens[i][0]);
            tags[i] = !capitalised ? "O" : i > 0 && tags[i - 1] != "O" ? "I-ORG" : "B-ORG";
        }

        return tags;
    }
}
