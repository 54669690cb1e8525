using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// A table cell that holds nothing but capitalised words joined by "and" ("Harwell and Stoke Vale", "Trent &amp; Avon")
/// is one name: a cell is one value, and a list's column of constituencies, districts or firms writes each as it is
/// called. The tagger, which reads "and" as the end of a name, finds the pieces ("Harwell", "Stoke Vale") and each
/// became a page of its own. The cell's spans are read as one name unless all of them are people: two people are
/// written "A and B" in a cell too ("Jane Doe and John Roe", a byline's column). The name is a place when one of its
/// pieces is (tagged so, or a town the gazetteer knows: the tagger guesses at unknown capitalised words, and reads
/// "Kendal" as a person), else an organisation ("Trent &amp; Avon Water"). The joined name
/// is not read by the kind model (<see cref="EntitySpan.Reading"/> -1): its reading of a piece ("Harwell" before
/// "and") is no reading of the whole, and the archive's vote would let it turn a constituency into an organisation.
/// </summary>
internal static class CellNames
{
    // Lower-case words a place's or a body's name holds between capitalised ones ("Newcastle upon Tyne", "Isle of Man").
    private static readonly HashSet<string> s_inner = new(StringComparer.Ordinal) { "and", "&", "of", "upon", "on", "under", "the" };

    /// <summary>The spans of a cell whose tokens are <paramref name="tokens"/>: one span of the whole cell when it is one name.</summary>
    public static IReadOnlyList<EntitySpan> Join(IReadOnlyList<string> tokens, IReadOnlyList<EntitySpan> spans, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (spans.All(s => s.Kind == EntityKind.Person) || !IsJoinedName(tokens))
        {
            return spans;
        }

        var place = spans.Any(s => s.Kind == EntityKind.Place || gazetteer.KnowsPlace(s.Text.ToLowerInvariant()));
        return [new EntitySpan(tokens.ToList(), place ? EntityKind.Place : EntityKind.Organisation)];
    }

    /// <summary>Capitalised words with "and" or "&amp;" between them and nothing else: "Harwell and Stoke Vale".</summary>
    internal static bool IsJoinedName(IReadOnlyList<string> tokens)
    {
        if (tokens.Count is < 3 or > 8 || !IsCapitalised(tokens[0]) || !IsCapitalised(tokens[^1]))
        {
            return false;
        }

        var joined = false;
        for (var i = 1; i < tokens.Count - 1; i++)
        {
            joined |= tokens[i] is "and" or "&";
            if (!IsCapitalised(tokens[i]) && !s_inner.Contains(tokens[i]))
            {
                return false;
            }
        }

        return joined;
    }

    private static bool IsCapitalised(string token) => token.Length > 0 && char.IsUpper(token[0]) && token.All(c => char.IsLetter(c) || c is '-' or '\'' or '.');
}
