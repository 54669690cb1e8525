namespace Archive.Core.Analysis.Entities.Text;

/// <summary>
/// Tells English text from text in other languages by its function words. The tagger was trained on English,
/// where a capital letter marks a name; in German every noun is capitalised and in most languages the tagger
/// knows too few words to tell a name from a noun, so what it finds there needs other evidence.
/// </summary>
internal static class EnglishText
{
    /// <summary>Below this share of English function words among the words, text is not English.</summary>
    /// <remarks>English prose runs at 25–35%; German, French, Spanish or Portuguese prose stays under 5% with this
    /// list, which leaves out words those languages share with English ("a", "in", "an", "on", "die").</remarks>
    public const double MinFunctionWordShare = 0.12;

    /// <summary>Texts shorter than this many words are too short to judge and count as English.</summary>
    public const int MinWords = 20;

    private static readonly HashSet<string> s_functionWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "to", "that", "for", "with", "was", "were", "this", "are", "from", "has", "have", "not",
        "but", "they", "he", "she", "his", "her", "which", "been", "would", "their", "its", "who", "said", "after",
        "about", "than", "when", "there", "can", "you", "our", "had", "into", "what", "by", "at", "it", "be", "or",
        "is", "we", "will", "more", "your", "how", "if", "one", "my", "them", "these", "those", "could", "should",
    };

    public static bool IsEnglish(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var words = 0;
        var functionWords = 0;
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence)
            {
                if (token.Length == 0 || !char.IsLetter(token[0]))
                {
                    continue;
                }

                words++;
                if (token.Length <= 6 && s_functionWords.Contains(token.ToLowerInvariant()))
                {
                    functionWords++;
                }
            }
        }

        return words < MinWords || functionWords >= MinFunctionWordShare * words;
    }
}
