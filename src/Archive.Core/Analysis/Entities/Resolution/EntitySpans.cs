using Archive.Core.Analysis.Entities.Kinds;
using Archive.Core.Analysis.Entities.Tagging;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Reads PER, ORG and LOC spans off IOB2 labels (<see cref="NerLabels"/>; MISC spans are not site entities); with a
/// <see cref="KindModel"/>, each span notes what kind of name that model reads it as. A nationality word tagged apart
/// right before an organisation of several words opens that organisation's name ("Syrian" + "Observatory for Human
/// Rights"): the tagger read the adjective as a nationality, but an institution named after its country keeps it. Before
/// a one-word organisation it stays a qualifier ("Russian" Gazprom). An organisation followed by a model number or a
/// version (<see cref="IsModelNumber"/>) is read as a product, whatever the kind model reads: the archive then counts it
/// among the mentions that are not organisations (<see cref="ArchiveEntityKinds"/>).
/// </summary>
internal static class EntitySpans
{
    public static IEnumerable<EntitySpan> FromLabels(string[] tokens, int[] labels, KindModel? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(labels);
        var start = -1;
        var type = 0;
        for (var i = 0; i <= tokens.Length; i++)
        {
            var label = i < tokens.Length ? labels[i] : NerLabels.Outside;
            var continues = start >= 0 && NerLabels.IsInside(label) && NerLabels.TypeOf(label) == type;
            if (start >= 0 && !continues)
            {
                if (KindOf(type) is { } kind)
                {
                    if (kind == EntityKind.Organisation && i - start >= 2 && OpensWithNationality(tokens, labels, start))
                    {
                        start--;
                    }

                    var reading = kind == EntityKind.Organisation && IsModelNumber(tokens, i)
                        ? KindModel.Misc
                        : kinds?.Classify(tokens, start, i) ?? -1;
                    yield return new EntitySpan(tokens[start..i], kind, reading);
                }

                start = -1;
                type = 0;
            }

            if (label != NerLabels.Outside && !continues)
            {
                start = i;
                type = NerLabels.TypeOf(label);
            }
        }
    }

    /// <summary>
    /// The token at <paramref name="at"/>, right after a name, numbers a model or a version of it ("Python 3.8", "Core i7",
    /// "RTX 3080", "Level 3 is"): an organisation is not numbered, a product line, a standard or a level is. Not a year
    /// ("Apple 2019"), a quantity ("Tesla 20 percent"), nor a plain number that is not followed by a lower-case word
    /// ("Chelsea 2, Arsenal 1", "Dundee Stars 3 Fife Flyers 2", "Chelsea 2."), which may be a score.
    /// </summary>
    internal static bool IsModelNumber(string[] tokens, int at)
    {
        if (at >= tokens.Length)
        {
            return false;
        }

        var token = tokens[at];
        var next = at + 1 < tokens.Length ? tokens[at + 1] : null;
        if (IsVersion(token) || IsLetteredNumber(token))
        {
            return next is null || !IsQuantityWord(next);
        }

        return token.Length is > 0 and <= 4 && token.All(char.IsAsciiDigit) && !IsYear(token)
            && next is { Length: > 0 } && char.IsLower(next[0]) && !IsQuantityWord(next);
    }

    // "3.8", "10.15.7", "v2.1": digits joined by dots (not a decimal before a unit, which IsQuantityWord turns down).
    private static bool IsVersion(string token)
    {
        var digits = token.StartsWith('v') ? token[1..] : token;
        return digits.Length >= 3 && digits.Contains('.', StringComparison.Ordinal) && char.IsAsciiDigit(digits[0])
            && char.IsAsciiDigit(digits[^1]) && digits.All(c => char.IsAsciiDigit(c) || c == '.')
            && !digits.Contains("..", StringComparison.Ordinal);
    }

    // "i7", "X1", "v2", "A14": one or two letters, then digits (and maybe letters after them).
    private static bool IsLetteredNumber(string token)
    {
        var letters = 0;
        while (letters < token.Length && char.IsAsciiLetter(token[letters]))
        {
            letters++;
        }

        return letters is 1 or 2 && letters < token.Length && char.IsAsciiDigit(token[letters])
            && token.All(char.IsAsciiLetterOrDigit);
    }

    private static bool IsYear(string token) => token.Length == 4 && (token.StartsWith("19", StringComparison.Ordinal) || token.StartsWith("20", StringComparison.Ordinal));

    private static bool IsQuantityWord(string word) =>
        word is "%" or "percent" or "per" or "million" or "billion" or "trillion" or "people" or "years" or "year" or "days"
            or "months" or "times" or "points" or "votes" or "seats" or "employees" or "stores" or "shares";

    /// <summary>The token before <paramref name="start"/> is a one-token MISC span that is a nationality word.</summary>
    private static bool OpensWithNationality(string[] tokens, int[] labels, int start) =>
        start >= 1
        && NerLabels.TypeOf(labels[start - 1]) == Misc && !NerLabels.IsInside(labels[start - 1])
        && EntityWords.IsDemonym(tokens[start - 1]);

    private const int Misc = 4;

    private static EntityKind? KindOf(int type) => type switch
    {
        1 => EntityKind.Person,
        2 => EntityKind.Organisation,
        3 => EntityKind.Place,
        _ => null,
    };
}
