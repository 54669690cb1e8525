using System.Runtime.InteropServices;
using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Archive-wide clean-up of the articles' mentions before they are merged into index pages:
/// <list type="bullet">
/// <item>a one-word town name in a text that is not English is left out when more of the archive's texts in such languages
/// write it after an article ("am Ende", "zum Essen") than after a preposition of place ("in Essen"): a common noun
/// there, whichever article it is in;</item>
/// <item>names a built-in table knows under another form become that form, of its kind ("UK" → United Kingdom,
/// "America" → United States, "AP" → Associated Press), the form written kept as an alias; so does a place written as a
/// US state's agency abbreviation ("Fla." → Florida);</item>
/// <item>a name gets the kind most of its mentions across the archive have ("Amazon", mostly the company, is an
/// organisation everywhere), so one name does not split over two index pages. Ties keep each article's kind.
/// A one-word name that most mentions call a person but no full name of the archive ends with ("Google") takes the
/// other kind it was given, if any.</item>
/// <item>a name that the kind model (<see cref="Kinds.KindModel"/>) reads as a product, work or event in more than half
/// of its mentions across the archive is none of the three kinds and is left out ("AirPods", "Star Wars", a summit, an
/// award), unless the built-in table knows it. One article's reading does not decide: the archive's mentions do. So is a
/// name that ends with a word only products' names end with ("AirPods Pro", "Mavic Mini": <see cref="EntityWords.IsProductLine"/>).</item>
/// <item>a place or person that the kind model reads as an organisation in more than half of its mentions becomes an
/// organisation, unless the gazetteer knows it as a place or its first word as a first name ("Walmart" and "Wikipedia"
/// tagged as places, "Getty Images" as a person); so does one whose name ends with a noun only organisations end with
/// ("International Tennis Federation", "Kennan Institute": <see cref="EntityWords.IsOrganisationHead"/>); and a
/// person or organisation whose name ends with a noun only places end with is a place ("Amber Valley", "Santa Clara
/// County": <see cref="EntityWords.IsPlaceHead"/>).</item>
/// </list>
/// Each article's names are looked up and rewritten on up to <c>degree</c> threads; the votes are counted serially,
/// in article order, so the result does not depend on the degree.
/// </summary>
internal static class ArchiveEntityKinds
{
    /// <param name="nounsNamedLikePlaces">Town names that the archive's texts in languages that capitalise nouns use more
    /// often as a noun than as a town (<see cref="Model.Article.NounsNamedLikePlaces"/>): such a name in a text that is not
    /// English is that language's noun ("Ende", "Zug").</param>
    public static IReadOnlyList<IReadOnlyList<EntityMention>> Apply(IReadOnlyList<IReadOnlyList<EntityMention>> articles, int degree = 1, IReadOnlySet<string>? nounsNamedLikePlaces = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var nouns = nounsNamedLikePlaces ?? new HashSet<string>();
        var named = PerIndex.Map(articles.Count, degree, i => articles[i]
            .Where(m => !ForeignTextFilter.IsNounNamedLikePlace(m, nouns, Gazetteer.Default))
            .Select(KnownName)
            .Select(m => (Mention: m, Key: m.Name.ToUpperInvariant()))
            .ToArray());

        // Counted serially in article order; one tally per name, whatever its case.
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mentions in named)
        {
            foreach (var (mention, key) in mentions)
            {
                ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(tallies, key, out _);
                tally ??= new Tally();
                tally.Votes[(int)mention.Kind] += mention.Count;
                tally.Misc += mention.Misc;
                tally.Organisation += mention.ReadAsOrganisation;
                if (mention.Kind == EntityKind.Person && mention.Name.LastIndexOf(' ') is var space and >= 0)
                {
                    surnames.Add(key[(space + 1)..]);
                }
            }
        }

        // What a mention becomes depends on its name, its kind and the archive's tallies alone: each distinct pair is
        // decided once (a name comes back in article after article), on up to `degree` threads.
        var pairs = named.SelectMany(m => m).Select(p => (p.Mention.Name, p.Mention.Kind, p.Key)).Distinct().ToArray();
        var decided = PerIndex.Map(pairs.Length, degree, i => Decide(pairs[i].Name, pairs[i].Kind, tallies[pairs[i].Key], surnames.Contains(pairs[i].Key)));
        var decisions = new Dictionary<(string Name, EntityKind Kind), EntityKind?>(pairs.Length);
        for (var i = 0; i < pairs.Length; i++)
        {
            decisions[(pairs[i].Name, pairs[i].Kind)] = decided[i];
        }

        return PerIndex.Map(named.Length, degree, i =>
        {
            var kept = new List<EntityMention>(named[i].Length);
            foreach (var (m, _) in named[i])
            {
                if (decisions[(m.Name, m.Kind)] is { } kind)
                {
                    kept.Add(kind == m.Kind ? m : m with { Kind = kind });
                }
            }

            return (IReadOnlyList<EntityMention>)kept;
        });
    }

    /// <summary>A name's mentions across the archive: their counts by the tagger's kind, and the kind model's readings.</summary>
    private sealed class Tally
    {
        public readonly int[] Votes = new int[3];

        public int Misc;

        public int Organisation;
    }

    /// <summary>The kind a mention of <paramref name="name"/> tagged <paramref name="tagged"/> takes; null when it is none of the three.</summary>
    /// <param name="fullNameEndsWithIt">Whether a full name of the archive (a person's, of two words or more) ends with this name.</param>
    private static EntityKind? Decide(string name, EntityKind tagged, Tally tally, bool fullNameEndsWithIt)
    {
        var counts = tally.Votes;
        var total = counts.Sum();
        if ((2 * tally.Misc > total || EndsAsProduct(name)) && KnownNames.Find(name) is null)
        {
            return null;
        }

        var best = Array.IndexOf(counts, counts.Max());
        if (best == (int)EntityKind.Person && !name.Contains(' ', StringComparison.Ordinal) && !fullNameEndsWithIt)
        {
            best = OtherKind(counts) ?? best;
        }

        // "Amber Valley" and "Santa Clara County" are places whatever the tagger made of a first name or a council,
        // and whatever the kind model reads in a road's name.
        if (EndsAsPlace(name, (EntityKind)best) && KnownNames.Find(name) is null)
        {
            return EntityKind.Place;
        }

        // A first name does not make "Lee Elder Scholarship Fund" a person: only the tables and the gazetteer's places stand.
        if (best != (int)EntityKind.Organisation && EndsAsOrganisation(name) && KnownNames.Find(name) is null
            && !Gazetteer.Default.KnowsPlace(name.ToLowerInvariant()))
        {
            return EntityKind.Organisation;
        }

        if (best != (int)EntityKind.Organisation && 2 * tally.Organisation > total && !KnownAs(name, (EntityKind)best))
        {
            // The tagger's place or person that the kind model reads as an organisation in most mentions, with
            // nothing known of it as a place or a person: a company, a site, a team ("Walmart", "Getty Images").
            return EntityKind.Organisation;
        }

        return counts.Count(c => c == counts[best]) == 1 ? (EntityKind)best : tagged;
    }

    /// <summary>
    /// A name of two words or more whose last is a noun only places end with ("Amber Valley", "Lane County"); not an
    /// organisation's name built with "of" or "for" round a place ("Friends of Pelham Parkway").
    /// </summary>
    private static bool EndsAsPlace(string name, EntityKind kind)
    {
        var last = name.LastIndexOf(' ');
        return last > 0 && EntityWords.IsPlaceHead(name[(last + 1)..], kind == EntityKind.Person)
            && !(kind == EntityKind.Organisation && name.Split(' ').Any(w => w is "of" or "for"));
    }

    /// <summary>A name of two words or more whose last ends products' names only ("AirPods Pro", "Mavic Mini").</summary>
    private static bool EndsAsProduct(string name)
    {
        var last = name.LastIndexOf(' ');
        return last > 0 && EntityWords.IsProductLine(name[(last + 1)..]);
    }

    /// <summary>A name of two words or more whose last is a noun only organisations end with ("International Tennis Federation").</summary>
    private static bool EndsAsOrganisation(string name)
    {
        var last = name.LastIndexOf(' ');
        return last > 0 && EntityWords.IsOrganisationHead(name[(last + 1)..]);
    }

    /// <summary>
    /// A one-word "person" that no full name of the archive ends with is not known as a person ("Google", "Netflix"
    /// tagged as people in some articles): it takes the other kind its mentions voted for, the stronger one.
    /// </summary>
    private static int? OtherKind(int[] counts)
    {
        var place = counts[(int)EntityKind.Place];
        var organisation = counts[(int)EntityKind.Organisation];
        if (place == 0 && organisation == 0)
        {
            return null;
        }

        return organisation >= place ? (int)EntityKind.Organisation : (int)EntityKind.Place;
    }

    /// <summary>
    /// A place the gazetteer or the built-in table knows, or a person whose first word is a known first name: then
    /// the tagger's kind stands whatever the kind model reads.
    /// </summary>
    private static bool KnownAs(string name, EntityKind kind)
    {
        if (KnownNames.Find(name) is not null)
        {
            return true;
        }

        var lower = name.ToLowerInvariant();
        return kind == EntityKind.Place
            ? Gazetteer.Default.KnowsPlace(lower)
            : (Gazetteer.Default.Word(lower.Split(' ')[0]) & GazetteerKind.FirstName) != 0;
    }

    private static EntityMention KnownName(EntityMention mention) =>
        KnownNames.Find(mention.Name) is { } known && known.Name != mention.Name
            ? mention with { Name = known.Name, Kind = known.Kind, Aliases = WithAlias(mention) }
            : mention.Kind == EntityKind.Place && KnownNames.StateOf(mention.Name) is { } state
                ? mention with { Name = state, Aliases = WithAlias(mention) }
                : mention;

    private static List<string> WithAlias(EntityMention mention) =>
        mention.Aliases.Append(mention.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
