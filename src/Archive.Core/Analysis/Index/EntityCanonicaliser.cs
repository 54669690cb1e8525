using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Index;

/// <summary>
/// Rewrites each article's entities to the archive-wide canonical names the <see cref="EntityIndex"/>
/// chose ("Kerry" in one article and "John Kerry" in another become one John Kerry), keeping every
/// spelling seen as an alias, after giving each name its archive-wide kind and known form (<see cref="ArchiveEntityKinds"/>);
/// entities without enough evidence for an index page (<see cref="EntityEvidence"/>) are left out of the articles.
/// </summary>
public static class EntityCanonicaliser
{
    /// <summary>Articles in the same order, with canonical entities; rewritten on up to <paramref name="degree"/> threads.</summary>
    public static IReadOnlyList<Article> Apply(IReadOnlyList<Article> articles, int degree = 1)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var nouns = TownNouns(articles);
        var terms = AcronymTerms(articles);
        var kinds = ArchiveEntityKinds.Apply(articles.Select(a => terms.Count == 0 ? a.Entities : a.Entities.Where(m => !terms.Contains(m.Name)).ToList()).ToList(), degree, nouns);
        kinds = LegalForms.Merge(kinds);
        articles = articles.Select((a, i) => a with { Entities = kinds[i] }).ToList();
        var index = EntityIndex.Of(articles.Select(a => (a.SourcePath, a.Entities)), degree);
        var evidence = new EntityEvidence(index.Entities, Gazetteer.Default);
        var weak = index.Entities.Where(e => !evidence.Enough(e)).Select(e => (e.Kind, e.Name)).ToHashSet();
        return articles.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, degree))
            .Select(article => article with { Entities = Rewrite(article, index, weak) })
            .ToList();
    }

    /// <summary>
    /// The town names more texts of the archive use as a noun ("am Ende", "zum Essen") than as a town ("in Essen"),
    /// counting each article once per use.
    /// </summary>
    private static HashSet<string> TownNouns(IReadOnlyList<Article> articles)
    {
        var asNouns = articles.SelectMany(a => a.NounsNamedLikePlaces).CountBy(w => w, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var asPlaces = articles.SelectMany(a => a.TownsNamedAsPlaces).CountBy(w => w, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return asNouns.Where(kv => kv.Value > asPlaces.GetValueOrDefault(kv.Key)).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The acronyms some article defines by a term in lower case ("alternative dispute resolution (ADR)"), unless the
    /// built-in table knows them as a name: an article that writes one without defining it names nothing by it either.
    /// </summary>
    private static HashSet<string> AcronymTerms(IReadOnlyList<Article> articles) =>
        articles.SelectMany(a => a.AcronymTerms).Where(t => KnownNames.Find(t) is null).ToHashSet(StringComparer.Ordinal);

    /// <param name="weak">Entities without the evidence an index page needs (<see cref="EntityEvidence"/>): left out.</param>
    private static List<EntityMention> Rewrite(Article article, EntityIndex index, HashSet<(EntityKind, string)> weak)
    {
        var merged = new Dictionary<(EntityKind Kind, string Name), (int Count, SortedSet<string> Aliases)>();
        foreach (var mention in article.Entities)
        {
            var canonical = index.Find(mention.Kind, mention.Name) is { } entity ? (entity.Kind, entity.Name) : (mention.Kind, mention.Name);
            if (weak.Contains(canonical))
            {
                continue;
            }

            if (!merged.TryGetValue(canonical, out var entry))
            {
                entry = (0, new SortedSet<string>(StringComparer.Ordinal));
            }

            entry.Aliases.UnionWith(mention.Aliases);
            entry.Aliases.Add(mention.Name);
            merged[canonical] = (entry.Count + mention.Count, entry.Aliases);
        }

        return merged
            .Select(kv =>
            {
                kv.Value.Aliases.Remove(kv.Key.Name);
                return new EntityMention(kv.Key.Name, kv.Key.Kind, kv.Value.Count, kv.Value.Aliases.ToList());
            })
            .OrderByDescending(m => m.Count)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .ThenBy(m => m.Kind)
            .ToList();
    }
}
