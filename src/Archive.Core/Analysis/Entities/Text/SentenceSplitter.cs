namespace Archive.Core.Analysis.Entities.Text;

/// <summary>
/// Splits a paragraph's tokens into sentences: after ".", "!", "?" or "..." (and any closing quotes or
/// brackets) when the next token starts a new sentence (upper case, a digit or an opening quote).
/// Abbreviations never end a sentence because the tokenizer keeps their period.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<IReadOnlyList<TextToken>> Split(IReadOnlyList<TextToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<IReadOnlyList<TextToken>>();
        var current = new List<TextToken>();
        for (var i = 0; i < tokens.Count; i++)
        {
            current.Add(tokens[i]);
            if (tokens[i].Text is not ("." or "!" or "?" or "..."))
            {
                continue;
            }

            while (i + 1 < tokens.Count && tokens[i + 1].Text is "\"" or "'" or ")" or "]")
            {
                current.Add(tokens[++i]);
            }

            if (i + 1 == tokens.Count || StartsSentence(tokens[i + 1].Text))
            {
                sentences.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            sentences.Add(current);
        }

        return sentences;
    }

    /// <summary>Tokenizes <paramref name="text"/> and splits it into sentences of token texts.</summary>
    public static IReadOnlyList<IReadOnlyList<TextToken>> SplitText(string text) => Split(NerTokenizer.Tokenize(text));

    private static bool StartsSentence(string token) =>
        token.Length > 0 && (char.IsUpper(token[0]) || char.IsDigit(token[0]) || token[0] is '"' or '\'' or '(');
}
