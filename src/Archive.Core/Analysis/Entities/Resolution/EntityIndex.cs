using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Merges the entities of every article into one list for the archive. Entities of one kind with the same
/// name or alias (ignoring case) are one; a name that is only a short form ("Kerry", "UN") joins the one
/// full name it is an alias of, or, for a person, the one full name it ends, and stays apart when several
/// fit. The canonical name is the longest, then the most widely used. The result does not depend on the
/// order of the input: everything is sorted before it is merged.
/// </summary>
public static class EntityIndex
{
    private sealed class Node(string key, EntityKind kind)
    {
        public string Key { get; } = key;

        public EntityKind Kind { get; } = kind;

        public SortedDictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Articles { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> AliasKeys { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> AliasNames { get; } = new(StringComparer.Ordinal);

        public int Count { get; set; }

        public int TokenCount => Key.Split(' ').Length;
    }

    public static IReadOnlyList<IndexedEntity> Build(IEnumerable<(string ArticleKey, IReadOnlyList<EntityMention> Mentions)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var rows = articles
            .SelectMany(a => a.Mentions.Select(m => (a.ArticleKey, Mention: m)))
            .OrderBy(r => r.ArticleKey, StringComparer.Ordinal)
            .ThenBy(r => r.Mention.Kind)
            .ThenBy(r => r.Mention.Name, StringComparer.Ordinal)
            .ToList();

        var nodes = new SortedDictionary<string, Node>(StringComparer.Ordinal);
        foreach (var (articleKey, mention) in rows)
        {
            var key = Key(mention.Name);
            var nodeKey = $"{(int)mention.Kind}\u0001{key}";
            if (!nodes.TryGetValue(nodeKey, out var node))
            {
                node = new Node(key, mention.Kind);
                nodes[nodeKey] = node;
            }

            node.Names[mention.Name] = node.Names.GetValueOrDefault(mention.Name) + mention.Count;
            node.Articles.Add(articleKey);
            node.Count += mention.Count;
            foreach (var alias in mention.Aliases)
            {
                node.AliasKeys.Add(Key(alias));
                node.AliasNames.Add(alias);
            }
        }

        // Union-find over nodes, parents chosen deterministically (nodes are visited in sorted order).
        var parent = nodes.Values.ToDictionary(n => n, n => n);
        Node Find(Node n)
        {
            while (parent[n] != n)
            {
                n = parent[n] = parent[parent[n]];
            }

            return n;
        }

        var all = nodes.Values.ToList();

        // Who could own a short form: nodes listing it as an alias, and (people) nodes whose name ends
        // with it. Indexed once so that resolving is linear in the number of names, not quadratic.
        var candidates = new Dictionary<(EntityKind, string), List<Node>>();
        void Offer(EntityKind kind, string key, Node owner)
        {
            if (!candidates.TryGetValue((kind, key), out var list))
            {
                candidates[(kind, key)] = list = [];
            }

            if (list.Count == 0 || list[^1] != owner)
            {
                list.Add(owner);
            }
        }

        foreach (var node in all)
        {
            foreach (var alias in node.AliasKeys)
            {
                Offer(node.Kind, alias, node);
            }

            if (node.Kind == EntityKind.Person)
            {
                for (var space = node.Key.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = node.Key.IndexOf(' ', space + 1))
                {
                    Offer(node.Kind, node.Key[(space + 1)..], node);
                }
            }
        }

        foreach (var node in all)
        {
            var owners = (candidates.GetValueOrDefault((node.Kind, node.Key)) ?? [])
                .Where(o => o != node && o.TokenCount > node.TokenCount
                    && (o.AliasKeys.Contains(node.Key) || (node.Kind == EntityKind.Person && EndsWith(o.Key, node.Key))))
                .Distinct()
                .ToList();

            // Keep only the longest owners that are not themselves short forms of one another.
            var roots = owners.Where(o => !owners.Any(p => p != o && p.TokenCount > o.TokenCount && EndsWith(p.Key, o.Key))).ToList();
            if (roots.Count == 1)
            {
                parent[Find(node)] = Find(roots[0]);
            }
        }

        return all
            .GroupBy(Find)
            .Select(g => Merge(g.ToList()))
            .OrderBy(e => e.Kind)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static IndexedEntity Merge(List<Node> members)
    {
        var names = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            foreach (var (name, count) in member.Names)
            {
                names[name] = names.GetValueOrDefault(name) + count;
            }
        }

        var canonical = names
            .OrderByDescending(kv => kv.Key.Split(' ').Length)
            .ThenByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .First().Key;
        var articles = members.SelectMany(m => m.Articles).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var aliases = names.Keys.Concat(members.SelectMany(m => m.AliasNames))
            .Where(n => n != canonical)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new IndexedEntity(canonical, members[0].Kind, aliases, articles, members.Sum(m => m.Count));
    }

    private static string Key(string name) => name.ToUpperInvariant();

    private static bool EndsWith(string name, string suffix) =>
        name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal) && name[name.Length - suffix.Length - 1] == ' ';
}
