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
    public const int Version = 3;

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

    private static readonly ulong s_start = FeatureHash.Of("<s>");
    private static readonly ulong s_end = FeatureHash.Of("</s>");

    public void Extract(SentenceView s, DocumentContext document, FeatureBuffer buffer)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(buffer);
        buffer.Clear();
        var n = s.Count;
        Span<(GazetteerKind Kind, bool Begins)> gaz = n <= 256 ? stackalloc (GazetteerKind, bool)[n] : new (GazetteerKind, bool)[n];
        gazetteer.MatchSpans(s.Lower, s.Capitalised, gaz);
        Span<GazetteerKind> words = n <= 256 ? stackalloc GazetteerKind[n] : new GazetteerKind[n];
        for (var i = 0; i < n; i++)
        {
            words[i] = s.Capitalised[i] ? gazetteer.Word(s.Lower[i]) : GazetteerKind.None;
        }

        for (var i = 0; i < n; i++)
        {
            var word = s.Words[i];
            var lower = s.Lower[i];
            var shape = s.ShapeHash[i];
            var lowerHash = s.LowerHash[i];
            var prevLower = i > 0 ? s.LowerHash[i - 1] : s_start;
            var nextLower = i + 1 < n ? s.LowerHash[i + 1] : s_end;
            var prevShape = i > 0 ? s.ShapeHash[i - 1] : s_start;
            var nextShape = i + 1 < n ? s.ShapeHash[i + 1] : s_end;

            buffer.Add(FeatureHash.Key((int)T.Bias, 0));
            buffer.Add(FeatureHash.Key((int)T.Word, s.WordHash[i]));
            buffer.Add(FeatureHash.Key((int)T.Lower, lowerHash));
            buffer.Add(FeatureHash.Key((int)T.Shape, shape));
            buffer.Add(FeatureHash.Key((int)T.LongShape, s.LongShapeHash[i]));
            buffer.Add(FeatureHash.Key((int)T.Length, FeatureHash.Of(Math.Min(word.Length, 8))));
            var prefix = FeatureHash.Offset;
            var suffix = FeatureHash.Offset;
            for (var k = 1; k <= 4 && k < lower.Length; k++)
            {
                prefix = (prefix ^ lower[k - 1]) * FeatureHash.Prime;
                suffix = (suffix ^ lower[^k]) * FeatureHash.Prime;
                buffer.Add(FeatureHash.Key((int)T.Prefix, prefix));
                buffer.Add(FeatureHash.Key((int)T.Suffix, suffix));
            }

            buffer.Add(FeatureHash.Key((int)T.PrevLower, prevLower));
            buffer.Add(FeatureHash.Key((int)T.NextLower, nextLower));
            buffer.Add(FeatureHash.Key((int)T.Prev2Lower, i > 1 ? s.LowerHash[i - 2] : s_start));
            buffer.Add(FeatureHash.Key((int)T.Next2Lower, i + 2 < n ? s.LowerHash[i + 2] : s_end));
            buffer.Add(FeatureHash.Key((int)T.PrevWord, i > 0 ? s.WordHash[i - 1] : s_start));
            buffer.Add(FeatureHash.Key((int)T.NextWord, i + 1 < n ? s.WordHash[i + 1] : s_end));
            buffer.Add(FeatureHash.Key((int)T.PrevShape, prevShape));
            buffer.Add(FeatureHash.Key((int)T.NextShape, nextShape));
            buffer.Add(FeatureHash.Key((int)T.ShapeLeft, prevShape, shape));
            buffer.Add(FeatureHash.Key((int)T.ShapeRight, shape, nextShape));
            buffer.Add(FeatureHash.Key((int)T.ShapeTrigram, prevShape, shape, nextShape));
            buffer.Add(FeatureHash.Key((int)T.LowerLeft, prevLower, lowerHash));
            buffer.Add(FeatureHash.Key((int)T.LowerRight, lowerHash, nextLower));
            buffer.Add(FeatureHash.Key((int)T.PrevLowerShape, prevLower, shape));
            buffer.Add(FeatureHash.Key((int)T.ShapeNextLower, shape, nextLower));
            if (i == 0)
            {
                buffer.Add(FeatureHash.Key((int)T.FirstShape, shape));
                buffer.Add(FeatureHash.Key((int)T.FirstLower, lowerHash));
            }

            if (s.AllCaps)
            {
                buffer.Add(FeatureHash.Key((int)T.HeadlineLower, lowerHash));
                buffer.Add(FeatureHash.Key((int)T.HeadlineShape, prevShape, shape));
            }

            var hyphen = word.IndexOf('-', StringComparison.Ordinal);
            if (hyphen > 0 && hyphen < word.Length - 1)
            {
                buffer.Add(FeatureHash.Key((int)T.HyphenFirst, FeatureHash.Of(lower.AsSpan(0, hyphen))));
                buffer.Add(FeatureHash.Key((int)T.HyphenLast, FeatureHash.Of(lower.AsSpan(lower.LastIndexOf('-') + 1))));
            }

            if (words[i] != GazetteerKind.None)
            {
                Add(buffer, T.GazWord, (int)words[i]);
            }

            if (gaz[i].Kind != GazetteerKind.None)
            {
                Add(buffer, T.GazSpan, (int)gaz[i].Kind * 2 + (gaz[i].Begins ? 1 : 0));
            }

            Add(buffer, T.GazPrev, i > 0 ? (int)gaz[i - 1].Kind * 8 + (int)words[i - 1] : 255);
            Add(buffer, T.GazNext, i + 1 < n ? (int)gaz[i + 1].Kind * 8 + (int)words[i + 1] : 255);
            if ((words[i] & GazetteerKind.FirstName) != 0)
            {
                Add(buffer, T.FirstName, i + 1 < n && s.Capitalised[i + 1] ? 1 : 0);
            }

            if (i > 0 && s.Capitalised[i] && (words[i - 1] & GazetteerKind.FirstName) != 0)
            {
                buffer.Add(FeatureHash.Key((int)T.AfterFirstName, shape));
            }

            if (s.NameLike[i])
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
            buffer.Add(FeatureHash.Key((int)T.DocCue, FeatureHash.Of(side), cue));
        }
    }

    private static void Add(FeatureBuffer buffer, T template, int value) =>
        buffer.Add(FeatureHash.Key((int)template, FeatureHash.Of(value)));
}
