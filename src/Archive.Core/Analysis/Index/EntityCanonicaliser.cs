using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Index;

/// <summary>
/// Rewrites each article's entities to the archive-wide canonical names the <see cref="EntityIndex"/>
/// chose ("Kerry" in one article and "John Kerry" in another become one John Kerry), keeping every
/// spelling seen as an alias.
/// </summary>
public static class EntityCanonicaliser
{
    public static IReadOnlyList<Article> Apply(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var entities = EntityIndex.Build(articles.Select(a => (a.SourcePath, a.Entities)));
        var canonical = new Dictionary<(string Article, EntityKind Kind, string Name), IndexedEntity>();
        foreach (var entity in entities)
        {
            foreach (var article in entity.ArticleKeys)
            {
                canonical[(article, entity.Kind, entity.Name)] = entity;
                foreach (var alias in entity.Aliases)
                {
                    canonical.TryAdd((article, entity.Kind, alias), entity);
                }
            }
        }

        return articles.Select(article => article with { Entities = Rewrite(article, canonical) }).ToList();
    }

    private static List<EntityMention> Rewrite(Article article, Dictionary<(string, EntityKind, string), IndexedEntity> canonical) =>
        article.Entities
            .GroupBy(m => canonical.TryGetValue((article.SourcePath, m.Kind, m.Name), out var e) ? (e.Kind, e.Name) : (m.Kind, m.Name))
            .Select(g => new EntityMention(
                g.Key.Name,
                g.Key.Kind,
                g.Sum(m => m.Count),
                g.SelectMany(m => m.Aliases.Append(m.Name)).Where(n => n != g.Key.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(m => m.Count)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
}
