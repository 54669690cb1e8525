using Archive.Core.Analysis.Entities.Gazetteers;

namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// Turns each token of a sentence into hashed feature keys: the word, its lower-cased form, shapes,
/// prefixes and suffixes, the words and shapes within two tokens, sentence-start and headline
/// capitalisation, gazetteer hits and what the rest of the document says about the word.
/// Changing any template changes <see cref="Version"/>, which the model file records.
/// </summary>
internal sealed class FeatureExtractor(Gazetteer gazetteer)
{
    public const int Version = 1;

    private const string Start = "<s>";
    private const string End = "</s>";

    private enum T
    {
        Bias = 1,
        Word,
        Lower,
        Shape,
        LongShape,
        Prefix,
        Suffix,
        PrevLower,
        NextLower,
        Prev2Lower,
        Next2Lower,
        PrevWord,
        NextWord,
        PrevShape,
        NextShape,
        ShapeLeft,
        ShapeRight,
        ShapeTrigram,
        LowerLeft,
        LowerRight,
        PrevLowerShape,
        ShapeNextLower,
        FirstShape,
        FirstLower,
        HeadlineLower,
        HeadlineShape,
        HyphenFirst,
        HyphenLast,
        GazWord,
        GazSpan,
        GazPrev,
        GazNext,
        FirstName,
        AfterFirstName,
        DocLowerSeen,
        DocCapitalisedMid,
        DocNameRoles,
        DocCue,
        Length,
    }

    public void Extract(SentenceView s, DocumentContext document, FeatureBuffer buffer)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(buffer);
        buffer.Clear();
        var n = s.Count;
        var gaz = gazetteer.MatchSpans(s.Lower, s.Capitalised);
        var words = new GazetteerKind[n];
        for (var i = 0; i < n; i++)
        {
            words[i] = s.Capitalised[i] ? gazetteer.Word(s.Lower[i]) : GazetteerKind.None;
        }

        for (var i = 0; i < n; i++)
        {
            var word = s.Words[i];
            var lower = s.Lower[i];
            var shape = s.Shape[i];
            var prevLower = i > 0 ? s.Lower[i - 1] : Start;
            var nextLower = i + 1 < n ? s.Lower[i + 1] : End;
            var prevShape = i > 0 ? s.Shape[i - 1] : Start;
            var nextShape = i + 1 < n ? s.Shape[i + 1] : End;

            buffer.Add(FeatureHash.Finish(FeatureHash.Start((int)T.Bias)));
            Add(buffer, T.Word, word);
            Add(buffer, T.Lower, lower);
            Add(buffer, T.Shape, shape);
            Add(buffer, T.LongShape, s.LongShape[i]);
            Add(buffer, T.Length, Math.Min(word.Length, 8));
            for (var k = 1; k <= 4 && k < lower.Length; k++)
            {
                Add(buffer, T.Prefix, lower.AsSpan(0, k));
                Add(buffer, T.Suffix, lower.AsSpan(lower.Length - k));
            }

            Add(buffer, T.PrevLower, prevLower);
            Add(buffer, T.NextLower, nextLower);
            Add(buffer, T.Prev2Lower, i > 1 ? s.Lower[i - 2] : Start);
            Add(buffer, T.Next2Lower, i + 2 < n ? s.Lower[i + 2] : End);
            Add(buffer, T.PrevWord, i > 0 ? s.Words[i - 1] : Start);
            Add(buffer, T.NextWord, i + 1 < n ? s.Words[i + 1] : End);
            Add(buffer, T.PrevShape, prevShape);
            Add(buffer, T.NextShape, nextShape);
            Add(buffer, T.ShapeLeft, prevShape, shape);
            Add(buffer, T.ShapeRight, shape, nextShape);
            buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start((int)T.ShapeTrigram), prevShape), shape), nextShape)));
            Add(buffer, T.LowerLeft, prevLower, lower);
            Add(buffer, T.LowerRight, lower, nextLower);
            Add(buffer, T.PrevLowerShape, prevLower, shape);
            Add(buffer, T.ShapeNextLower, shape, nextLower);
            if (i == 0)
            {
                Add(buffer, T.FirstShape, shape);
                Add(buffer, T.FirstLower, lower);
            }

            if (s.AllCaps)
            {
                Add(buffer, T.HeadlineLower, lower);
                Add(buffer, T.HeadlineShape, prevShape, shape);
            }

            var hyphen = word.IndexOf('-', StringComparison.Ordinal);
            if (hyphen > 0 && hyphen < word.Length - 1)
            {
                Add(buffer, T.HyphenFirst, lower.AsSpan(0, hyphen));
                Add(buffer, T.HyphenLast, lower.AsSpan(lower.LastIndexOf('-') + 1));
            }

            if (words[i] != GazetteerKind.None)
            {
                Add(buffer, T.GazWord, (int)words[i]);
            }

            if (gaz[i].Kind != GazetteerKind.None)
            {
                Add(buffer, T.GazSpan, (int)gaz[i].Kind * 2 + (gaz[i].Begins ? 1 : 0));
            }

            Add(buffer, T.GazPrev, i > 0 ? (int)gaz[i - 1].Kind * 8 + (int)words[i - 1] : -1);
            Add(buffer, T.GazNext, i + 1 < n ? (int)gaz[i + 1].Kind * 8 + (int)words[i + 1] : -1);
            if ((words[i] & GazetteerKind.FirstName) != 0)
            {
                Add(buffer, T.FirstName, s.Capitalised.Length > i + 1 && s.Capitalised[i + 1] ? 1 : 0);
            }

            if (i > 0 && s.Capitalised[i] && (words[i - 1] & GazetteerKind.FirstName) != 0)
            {
                Add(buffer, T.AfterFirstName, shape);
            }

            if (s.Capitalised[i] && shape.Contains('X', StringComparison.Ordinal))
            {
                AddDocument(buffer, s, i, document);
            }

            buffer.EndToken();
        }
    }

    private static void AddDocument(FeatureBuffer buffer, SentenceView s, int i, DocumentContext document)
    {
        var lower = s.Lower[i];
        if (document.SeenInLowerCase(lower))
        {
            Add(buffer, T.DocLowerSeen, i == 0 ? 1 : 0);
        }

        var self = i > 0 && !s.AllCaps ? 1 : 0;
        var elsewhere = document.CapitalisedMidSentence(lower) - self;
        Add(buffer, T.DocCapitalisedMid, (elsewhere > 0 ? 2 : 0) + (i == 0 ? 1 : 0));
        var roles = document.NameRoles(lower);
        if (roles != 0)
        {
            Add(buffer, T.DocNameRoles, roles);
        }

        foreach (var (side, cue) in document.Cues(lower))
        {
            buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start((int)T.DocCue), side), cue)));
        }
    }

    private static void Add(FeatureBuffer buffer, T template, ReadOnlySpan<char> a) =>
        buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Start((int)template), a)));

    private static void Add(FeatureBuffer buffer, T template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start((int)template), a), b)));

    private static void Add(FeatureBuffer buffer, T template, int value) =>
        buffer.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Start((int)template), value)));
}
