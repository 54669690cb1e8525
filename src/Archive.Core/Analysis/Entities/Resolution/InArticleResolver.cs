using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Analysis.Entities.Kinds;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Resolves the cleaned mentions of one article into entities. Mentions with the same name (ignoring
/// case) are one entity whose kind is the majority vote; a short form maps to the longest full name it
/// ends ("Kerry" → "John Kerry") or abbreviates ("UN" → "United Nations") when exactly one name fits,
/// whatever kind the short form was tagged with. The canonical name is the longest; the other forms are
/// aliases. Deterministic: ties break on counts, then ordinal order.
/// </summary>
internal static class InArticleResolver
{
    private sealed class Group(string key)
    {
        private EntityKind? _kind;
        private string? _name;

        public string Key { get; } = key;

        public List<EntitySpan> Mentions { get; } = [];

        public IReadOnlyList<string> Tokens => Mentions[0].Tokens;

        public int[] Votes { get; } = new int[3];

        public Group? Target { get; set; }

        // Kind and Name are read only once every mention is grouped, so each is worked out once.
        public EntityKind Kind => _kind ??= (EntityKind)Array.IndexOf(Votes, Votes.Max());

        public string Name => _name ??= Display(MostUsedText());

        private string MostUsedText()
        {
            var texts = Mentions.ConvertAll(m => m.Text);
            if (texts.TrueForAll(t => t == texts[0]))
            {
                return texts[0]; // one spelling, as most names have
            }

            return texts
                .GroupBy(t => t, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Count(char.IsUpper)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;
        }
    }

    /// <summary>A name seen only in capitals ("VIENNA" in a dateline) in its usual spelling when the gazetteer knows it.</summary>
    internal static string Display(string name)
    {
        if (name.Length < 4 || name.Any(char.IsLower) || Gazetteer.Default.Name(name.ToLowerInvariant()) == GazetteerKind.None)
        {
            return name;
        }

        return string.Join(' ', name.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));
    }

    /// <param name="acronyms">The acronyms the article defines: one stands for the name it is defined as, whatever its initials.</param>
    public static IReadOnlyList<EntityMention> Resolve(IEnumerable<EntitySpan> spans, AcronymDefinitions? acronyms = null)
    {
        acronyms ??= AcronymDefinitions.Empty;
        ArgumentNullException.ThrowIfNull(spans);
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        var order = new List<Group>();
        foreach (var span in spans)
        {
            var key = span.Text.ToUpperInvariant();
            if (!groups.TryGetValue(key, out var group))
            {
                group = new Group(key);
                groups[key] = group;
                order.Add(group);
            }

            group.Mentions.Add(span);
            group.Votes[(int)span.Kind]++;
        }

        order.RemoveAll(g => IsCompoundOfOthers(g, groups));
        foreach (var group in order)
        {
            group.Target = FindFullName(group, order, acronyms);
        }

        var entities = new List<(Group Root, List<Group> Members)>();
        foreach (var group in order.Where(g => g.Target is null))
        {
            entities.Add((group, order.Where(g => g == group || Root(g) == group).ToList()));
        }

        return entities
            .Select(e =>
            {
                var kind = e.Root.Kind;
                var votes = new int[3];
                foreach (var member in e.Members)
                {
                    for (var k = 0; k < 3; k++)
                    {
                        votes[k] += member.Votes[k];
                    }
                }

                var majority = (EntityKind)Array.IndexOf(votes, votes.Max());
                if (e.Root.Tokens.Count == 1 || (majority == EntityKind.Person && kind != EntityKind.Person))
                {
                    // A full name tagged once as an organisation is a person when its short forms mostly are.
                    kind = majority;
                }

                var name = e.Root.Name;
                var aliases = e.Members.Select(m => m.Name).Where(n => n != name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                return new EntityMention(name, kind, e.Members.Sum(m => m.Mentions.Count), aliases,
                    Misc: e.Members.Sum(m => m.Mentions.Count(s => s.Reading == KindModel.Misc)),
                    ReadAsOrganisation: e.Members.Sum(m => m.Mentions.Count(s => s.Reading == KindModel.Organisation)),
                    ReadAsPlace: e.Members.Sum(m => m.Mentions.Count(s => s.Reading == KindModel.Place)));
            })
            .OrderByDescending(m => m.Count).ThenBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>"Kerry-Lavrov" or "US-Russia" when Kerry and Lavrov, the US and Russia, are entities of the article.</summary>
    private static bool IsCompoundOfOthers(Group group, Dictionary<string, Group> groups)
    {
        if (group.Tokens.Count != 1)
        {
            return false;
        }

        if (!group.Key.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        var parts = group.Key.Split('-');
        return parts.Length >= 2 && parts.All(p => p.Length > 1 && groups.Keys.Any(k => k == p || k.EndsWith(" " + p, StringComparison.Ordinal)));
    }

    private static Group Root(Group group)
    {
        var current = group;
        while (current.Target is not null)
        {
            current = current.Target;
        }

        return current;
    }

    /// <summary>The one longer name this short form stands for, or null when none or several fit.</summary>
    private static Group? FindFullName(Group shortForm, List<Group> all, AcronymDefinitions acronyms)
    {
        var tokens = shortForm.Tokens;
        var defined = tokens.Count == 1 ? acronyms.LongForm(tokens[0]) : null;
        var candidates = new List<Group>();
        foreach (var other in all)
        {
            if (other == shortForm || other.Tokens.Count <= tokens.Count)
            {
                continue;
            }

            var endsWith = (other.Kind == EntityKind.Person || shortForm.Kind == EntityKind.Person)
                && EndsWith(WithoutSuffix(other.Tokens), tokens) && !IsKnownPlace(shortForm);
            var abbreviates = tokens.Count == 1 && ((other.Kind != EntityKind.Person && IsAcronymOf(tokens[0], other.Tokens))
                || (defined is not null && other.Tokens.SequenceEqual(defined, StringComparer.OrdinalIgnoreCase)));
            if (endsWith || abbreviates)
            {
                candidates.Add(other);
            }
        }

        if (candidates.Count == 0)
        {
            return FindByFirstName(shortForm, all);
        }

        // Only the longest names count: "Kerry" → "John Kerry" even when "Kerry" also ends "Mr John Kerry"'s cleaned forms.
        var longest = candidates.Max(c => c.Tokens.Count);
        var best = candidates.Where(c => c.Tokens.Count == longest).ToList();
        var distinctRoots = candidates.Where(c => !candidates.Any(d => d != c && d.Tokens.Count > c.Tokens.Count && EndsWith(d.Tokens, c.Tokens))).ToList();
        return distinctRoots.Count == 1 && best.Count == 1 ? best[0] : null;
    }

    // "Washington" tagged as a place stays a place even in an article about George Washington.
    private static bool IsKnownPlace(Group group) =>
        group.Kind == EntityKind.Place && group.Tokens.Count == 1
        && (Gazetteer.Default.Word(group.Tokens[0].ToLowerInvariant()) & (GazetteerKind.Place | GazetteerKind.Country)) != 0;

    /// <summary>
    /// A one-word person that begins exactly one longer person's name and ends none: "Xi" → "Xi Jinping",
    /// "Matt" → "Matt Bevin".
    /// </summary>
    private static Group? FindByFirstName(Group shortForm, List<Group> all)
    {
        if (shortForm.Tokens.Count != 1 || shortForm.Kind != EntityKind.Person)
        {
            return null;
        }

        var candidates = all
            .Where(o => o != shortForm && o.Kind == EntityKind.Person && o.Tokens.Count > 1
                && string.Equals(o.Tokens[0], shortForm.Tokens[0], StringComparison.OrdinalIgnoreCase))
            .ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>A name without a trailing generational suffix: "Patrick W. Carlineo Jr." → "Patrick W. Carlineo".</summary>
    private static IReadOnlyList<string> WithoutSuffix(IReadOnlyList<string> name) =>
        name.Count > 2 && name[^1] is "Jr" or "Jr." or "Sr" or "Sr." or "II" or "III" or "IV" ? name.Take(name.Count - 1).ToArray() : name;

    private static bool EndsWith(IReadOnlyList<string> name, IReadOnlyList<string> suffix)
    {
        if (suffix.Count > name.Count)
        {
            return false;
        }

        for (var i = 1; i <= suffix.Count; i++)
        {
            if (!string.Equals(name[^i], suffix[^i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsAcronymOf(string acronym, IReadOnlyList<string> name)
    {
        // The acronym's letters, periods dropped: two to six capitals.
        Span<char> letters = stackalloc char[6];
        var count = 0;
        foreach (var c in acronym)
        {
            if (c == '.')
            {
                continue;
            }

            if (!char.IsUpper(c) || count == letters.Length)
            {
                return false;
            }

            letters[count++] = c;
        }

        if (count < 2)
        {
            return false;
        }

        // They must be the initials of the name's capitalised words, all of them and in order.
        var matched = 0;
        foreach (var word in name)
        {
            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                if (matched == count || word[0] != letters[matched])
                {
                    return false;
                }

                matched++;
            }
        }

        return matched == count;
    }
}
