namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Whether a name found in a heading is a name the article's running text also writes. In a headline, a section heading
/// or a Title Case line (a list of linked headlines, a sign quoted word for word), every word is capitalised, so a
/// capital proves nothing: the tagger reads "Lawmakers Push Legislation", "Power and Performance" or "Taylor Swift
/// Perform" as names there. A name is kept from such a line only when the article's running text, where capitals mean
/// something, writes the same words with the same capitals ("Taylor Swift"); the article's mentions in that text are
/// found there anyway. An article with no running text at all keeps its headings' names. Nothing is fitted: the test is
/// the article's own spelling.
/// </summary>
internal sealed class HeadingNames
{
    // English's short closed-class words, which running text writes in lower case and Title Case capitalises: articles,
    // prepositions, conjunctions, possessives, forms of "be". Not "The", which opens names.
    private static readonly HashSet<string> s_closedClass = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "off", "on", "onto", "or", "over",
        "per", "than", "that", "to", "up", "upon", "via", "with", "without", "her", "his", "its", "their", "our", "your",
        "my", "is", "are", "was", "were", "be", "been", "has", "have", "will",
    };

    private readonly IReadOnlyList<string[]> _sentences;
    private readonly IReadOnlyList<bool> _headed;
    private readonly bool _hasRunningText;
    private readonly IReadOnlyList<string[]> _byline;

    /// <param name="sentences">The article's sentences, as tokens.</param>
    /// <param name="headed">For each sentence, whether it is a heading or a Title Case line.</param>
    /// <param name="byline">The byline's tokens, if any: a field that holds names, so it vouches for a name wherever it
    /// stands in it ("By Cassie McGrath" heading the page).</param>
    public HeadingNames(IReadOnlyList<string[]> sentences, IReadOnlyList<bool> headed, IReadOnlyList<string[]>? byline = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(headed);
        _sentences = sentences;
        _headed = headed;
        _byline = byline ?? [];
        for (var s = 0; s < headed.Count; s++)
        {
            _hasRunningText |= !headed[s];
        }
    }

    /// <summary>
    /// A heading whose longer words (four letters or more) are all or nearly all capitalised ("Power and Performance",
    /// "Breaking News"), as <see cref="ArticleEntityExtractor.IsTitleCase"/> counts them but with no minimum: a heading
    /// written in sentence case ("Apple unveils a new phone") or a paragraph set as a heading keeps what its capitals say.
    /// </summary>
    public static bool IsCapitalised(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var (words, capitalised) = ArticleEntityExtractor.LongWords(tokens);
        return words > 0 && capitalised >= 0.8 * words;
    }

    /// <summary>
    /// A Title Case line in running text: most longer words capitalised (<see cref="ArticleEntityExtractor.IsTitleCase"/>)
    /// and a capitalised function word past the first ("In Response To", "Her Own"), which a run of names does not have;
    /// "The" does not count, as it opens names ("Jay Z, The Eagles", "Pat Greenhouse / The Boston Globe").
    /// </summary>
    public static bool IsTitleCaseLine(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (!ArticleEntityExtractor.IsTitleCase(tokens))
        {
            return false;
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i] is { Length: > 1 } t && char.IsUpper(t[0]) && !char.IsUpper(t[1]) && s_closedClass.Contains(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name tagged in sentence <paramref name="sentence"/> as kept: whole when it is not in a heading or the running
    /// text writes it; else its longest start of two words or more that the running text writes ("Taylor Swift" of
    /// "Taylor Swift Perform", the headline's verb run into the name); else nothing. Capitals opening a sentence prove
    /// nothing, so a match there does not count.
    /// </summary>
    public EntitySpan? Kept(int sentence, EntitySpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        if (!_headed[sentence] || !_hasRunningText || span.Tokens.Count == 0 || Written(span.Tokens, span.Tokens.Count))
        {
            return span;
        }

        for (var length = span.Tokens.Count - 1; length >= 2; length--)
        {
            if (Written(span.Tokens, length))
            {
                return span with { Tokens = span.Tokens.Take(length).ToArray() };
            }
        }

        return null;
    }

    /// <summary>Whether the running text writes the first <paramref name="length"/> tokens, as written, past a sentence's first word.</summary>
    private bool Written(IReadOnlyList<string> tokens, int length)
    {
        foreach (var words in _byline)
        {
            for (var i = 0; i + length <= words.Length; i++)
            {
                if (Matches(words, i, tokens, length))
                {
                    return true;
                }
            }
        }

        for (var s = 0; s < _sentences.Count; s++)
        {
            if (_headed[s])
            {
                continue;
            }

            var words = _sentences[s];
            for (var i = 1; i + length <= words.Length; i++)
            {
                if (Matches(words, i, tokens, length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Matches(string[] words, int at, IReadOnlyList<string> tokens, int length)
    {
        for (var k = 0; k < length; k++)
        {
            if (!string.Equals(words[at + k], tokens[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
