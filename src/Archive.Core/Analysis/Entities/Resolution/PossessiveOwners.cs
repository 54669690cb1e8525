using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// A name with a possessive inside names two things when its owner is known on its own: "Ukraine's Central Bank" is
/// Ukraine and a central bank, "Acme's Research Lab" is Acme and its lab. The owner is known when the gazetteer or the
/// built-in table knows it as a place, or when the article names it alone elsewhere; then the span becomes the owner
/// and what it owns, each a mention of its own. Otherwise the possessive belongs to the name ("People's Daily",
/// "McDonald's").
/// </summary>
internal static class PossessiveOwners
{
    public static List<EntitySpan> Split(List<EntitySpan> spans, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(gazetteer);
        Dictionary<string, EntityKind>? alone = null;
        List<EntitySpan>? result = null;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var apart = WithPossessiveApart(span);
            var at = PossessiveAt(apart.Tokens);
            if (at > 0)
            {
                alone ??= AloneNames(spans);
                var owner = new EntitySpan(apart.Tokens.Take(at).ToList(), EntityKind.Place);
                if (OwnerKind(owner.Text, gazetteer, alone) is { } kind
                    && EntityNameCleaner.Clean(new EntitySpan(apart.Tokens.Skip(at + 1).ToList(), span.Kind, span.Reading)) is { } owned)
                {
                    result ??= spans.Take(i).ToList();
                    result.Add(owner with { Kind = kind });
                    result.Add(owned);
                    continue;
                }
            }

            result?.Add(span);
        }

        return result ?? spans;
    }

    /// <summary>
    /// The span with a possessive the tokenizer left on its word set apart ("U.K.'s University of York": an abbreviation's
    /// periods keep the "'s" on it), when a capitalised word follows it; otherwise the span itself.
    /// </summary>
    private static EntitySpan WithPossessiveApart(EntitySpan span)
    {
        var tokens = span.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length > 2 && token[^2] is '\'' or '’' && token[^1] is 's' or 'S' && tokens[i + 1].Length > 0 && char.IsUpper(tokens[i + 1][0]))
            {
                var apart = tokens.Take(i).Append(token[..^2]).Append("'s").Concat(tokens.Skip(i + 1)).ToList();
                return span with { Tokens = apart };
            }
        }

        return span;
    }

    /// <summary>The index of a possessive token with a word before it and a capitalised word after it, or -1.</summary>
    private static int PossessiveAt(IReadOnlyList<string> tokens)
    {
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] is "'s" or "'S" or "'" && tokens[i + 1].Length > 0 && char.IsUpper(tokens[i + 1][0]))
            {
                return i;
            }
        }

        return -1;
    }

    private static Dictionary<string, EntityKind> AloneNames(List<EntitySpan> spans)
    {
        var names = new Dictionary<string, EntityKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var span in spans)
        {
            if (PossessiveAt(span.Tokens) < 0)
            {
                names.TryAdd(span.Text, span.Kind);
            }
        }

        return names;
    }

    private static EntityKind? OwnerKind(string owner, Gazetteer gazetteer, Dictionary<string, EntityKind> alone)
    {
        if (KnownNames.Find(owner) is { } known)
        {
            return known.Kind;
        }

        if (gazetteer.KnowsPlace(owner))
        {
            return EntityKind.Place;
        }

        return alone.TryGetValue(owner, out var kind) ? kind : null;
    }
}
