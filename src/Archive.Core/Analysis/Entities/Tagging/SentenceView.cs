namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>The per-token forms features are built from, computed once per sentence.</summary>
internal sealed class SentenceView
{
    public SentenceView(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var n = tokens.Count;
        Words = new string[n];
        Lower = new string[n];
        Capitalised = new bool[n];
        NameLike = new bool[n];
        WordHash = new ulong[n];
        LowerHash = new ulong[n];
        ShapeHash = new ulong[n];
        LongShapeHash = new ulong[n];
        var caps = 0;
        var letters = 0;
        for (var i = 0; i < n; i++)
        {
            var word = tokens[i];
            Words[i] = word;
            Lower[i] = Text.TokenStrings.Lower(word);
            Capitalised[i] = TokenShape.IsCapitalised(word);
            WordHash[i] = FeatureHash.Of(word);
            LowerHash[i] = ReferenceEquals(Lower[i], word) ? WordHash[i] : FeatureHash.Of(Lower[i]);
            ShapeHash[i] = TokenShape.CollapsedHash(word);
            LongShapeHash[i] = TokenShape.LongHash(word);
            if (TokenShape.HasLetter(word))
            {
                letters++;
                NameLike[i] = Capitalised[i];
                if (TokenShape.IsAllCaps(word))
                {
                    caps++;
                }
            }
        }

        AllCaps = letters >= 2 && caps == letters;
    }

    public int Count => Words.Length;

    public string[] Words { get; }

    public string[] Lower { get; }

    public bool[] Capitalised { get; }

    /// <summary>Capitalised and with a letter: a word that may be (part of) a name.</summary>
    public bool[] NameLike { get; }

    public ulong[] WordHash { get; }

    public ulong[] LowerHash { get; }

    public ulong[] ShapeHash { get; }

    public ulong[] LongShapeHash { get; }

    /// <summary>Every word is upper case (a headline such as "CRICKET - LEICESTERSHIRE TAKE OVER").</summary>
    public bool AllCaps { get; }
}
