using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Where one tagged span is not one name. The tagger joins capitalised words that stand side by side, so a span can run
/// over a break no name has inside it:
/// <list type="bullet">
/// <item>a lower-case "via", which joins a photographer's agency to a picture library in a credit ("AFP via Getty
/// Images"): two names, each a mention of its own;</item>
/// <item>an ellipsis, which cuts a sentence off ("Manchester United… Rich"): the words before it and after it are
/// two spans;</item>
/// <item>a capitalised "And" or "Or" between words, which only a title-cased line writes ("Alicia Keys And
/// Protestors"): such a line capitalises every word, so nothing in it says where a name starts or ends, and the span
/// is dropped (names in the text under the heading are found there).</item>
/// </list>
/// Each is a fact of how names are written in English, not a list of names.
/// </summary>
internal static class NameBreaks
{
    public static IEnumerable<EntitySpan> Split(EntitySpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        var tokens = span.Tokens;
        if (JoinsTitleCasedWords(tokens))
        {
            yield break;
        }

        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] == "via")
            {
                if (i > start)
                {
                    yield return Part(span, start, i);
                }

                start = i + 1;
            }
            else if (EllipsisAt(tokens[i]) is >= 0 and var cut)
            {
                var before = tokens[i][..cut];
                var part = tokens.Skip(start).Take(i - start).ToList();
                if (before.Length > 0)
                {
                    part.Add(before);
                }

                if (part.Count > 0)
                {
                    yield return new EntitySpan(part, span.Kind, span.Reading);
                }

                start = i + 1;
            }
        }

        if (start == 0)
        {
            yield return span;
        }
        else if (start < tokens.Count)
        {
            yield return Part(span, start, tokens.Count);
        }
    }

    private static EntitySpan Part(EntitySpan span, int start, int end) =>
        new(span.Tokens.Skip(start).Take(end - start).ToList(), span.Kind, span.Reading);

    /// <summary>Where an ellipsis starts in a token ("United…", "…", "United..."), or -1.</summary>
    private static int EllipsisAt(string token)
    {
        var at = token.IndexOf('…', StringComparison.Ordinal);
        return at >= 0 ? at : token.IndexOf("...", StringComparison.Ordinal);
    }

    /// <summary>"And" or "Or" capitalised between two words of a span (a line in capitals writes "AND").</summary>
    private static bool JoinsTitleCasedWords(IReadOnlyList<string> tokens)
    {
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] is "And" or "Or")
            {
                return true;
            }
        }

        return false;
    }
}
