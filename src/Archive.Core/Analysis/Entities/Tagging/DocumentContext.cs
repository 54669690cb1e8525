using System.Runtime.InteropServices;

namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// What the rest of a document says about a word: whether it also occurs in lower case, capitalised in
/// mid-sentence, inside a longer capitalised name (first or last), and the lower-case words around its
/// other capitalised occurrences ("Mr", "in", "said"). Keys are lower-cased tokens.
/// </summary>
internal sealed class DocumentContext
{
    public const int FirstInName = 1;
    public const int LastInName = 2;
    public const int MiddleInName = 4;
    public const int Alone = 8;

    private const int MaxCues = 8;

    private static readonly HashSet<string> s_titleCues = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "president", "minister", "gen", "general", "sir", "lord", "st", "king", "queen",
        "prince", "senator", "coach", "striker", "chairman", "judge", "pope", "rev", "col", "capt",
    };

    private readonly HashSet<string> _lowerSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _capitalisedMidSentence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nameRoles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Side, ulong Word)>> _cues = new(StringComparer.Ordinal);

    public DocumentContext(IReadOnlyList<SentenceView> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var sentence in sentences)
        {
            Add(sentence);
        }
    }

    public bool SeenInLowerCase(string lower) => _lowerSeen.Contains(lower);

    public int CapitalisedMidSentence(string lower) => _capitalisedMidSentence.GetValueOrDefault(lower);

    public int NameRoles(string lower) => _nameRoles.GetValueOrDefault(lower);

    public ReadOnlySpan<(int Side, ulong Word)> Cues(string lower) =>
        _cues.TryGetValue(lower, out var cues) ? CollectionsMarshal.AsSpan(cues) : [];

    private static bool IsName(SentenceView s, int i) => s.NameLike[i];

    private void Add(SentenceView s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var lower = s.Lower[i];
            if (TokenShape.IsLowerWord(s.Words[i]))
            {
                _lowerSeen.Add(lower);
                continue;
            }

            if (!IsName(s, i) || s.AllCaps)
            {
                continue;
            }

            if (i > 0)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_capitalisedMidSentence, lower, out _)++;
            }

            var before = i > 0 && IsName(s, i - 1);
            var after = i + 1 < s.Count && IsName(s, i + 1);
            var role = before && after ? MiddleInName : before ? LastInName : after ? FirstInName : Alone;
            CollectionsMarshal.GetValueRefOrAddDefault(_nameRoles, lower, out _) |= role;

            if (i > 0 && (TokenShape.IsLowerWord(s.Words[i - 1]) || s_titleCues.Contains(s.Lower[i - 1])))
            {
                AddCue(lower, 0, s.LowerHash[i - 1]);
            }

            if (i + 1 < s.Count && TokenShape.IsLowerWord(s.Words[i + 1]))
            {
                AddCue(lower, 1, s.LowerHash[i + 1]);
            }
        }
    }

    private void AddCue(string lower, int side, ulong word)
    {
        ref var cues = ref CollectionsMarshal.GetValueRefOrAddDefault(_cues, lower, out _);
        cues ??= [];

        if (cues.Count < MaxCues && !cues.Contains((side, word)))
        {
            cues.Add((side, word));
        }
    }
}
