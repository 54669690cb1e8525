using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Merges the entities of every article into one list for the archive. Entities of one kind with the same
/// name or alias (ignoring case) are one; a name that is only a short form ("Kerry", "UN") joins the one
/// full name it is an alias of, or, for a person, the one full name it ends (never one it starts: a first name alone is
/// anyone of that name) or shortens by the second part of a double-barrelled surname ("Sophie Ellis") when their
/// articles have someone or something else in common, and stays apart when several fit, unless one of them is named in
/// three times as many articles as any other. The canonical name is the longest, then the most widely used. The result does not depend on the
/// order of the input: the groups are connected components, and everything shown is sorted.
/// </summary>
public sealed class EntityIndex
{
    /// <summary>How many times more articles the owner of a short form must have than any other candidate.</summary>
    private const int DominantShare = 3;

    private readonly Dictionary<(EntityKind, string), Node> _nodes;

    private EntityIndex(Dictionary<(EntityKind, string), Node> nodes, IReadOnlyList<IndexedEntity> entities)
    {
        _nodes = nodes;
        Entities = entities;
    }

    /// <summary>Every entity of the archive, by kind then name.</summary>
    public IReadOnlyList<IndexedEntity> Entities { get; }

    public static IReadOnlyList<IndexedEntity> Build(IEnumerable<(string ArticleKey, IReadOnlyList<EntityMention> Mentions)> articles) =>
        Of(articles).Entities;

    /// <summary>The index of <paramref name="articles"/>; article keys must be distinct. Each group of names is merged into its entity on its own, on up to <paramref name="degree"/> threads.</summary>
    public static EntityIndex Of(IEnumerable<(string ArticleKey, IReadOnlyList<EntityMention> Mentions)> articles, int degree = 1)
    {
        ArgumentNullException.ThrowIfNull(articles);

        // Articles in key order, so that each node's article list is built sorted and without duplicates.
        var ordered = articles.OrderBy(a => a.ArticleKey, StringComparer.Ordinal).ToList();
        var nodes = new Dictionary<(EntityKind, string), Node>();
        for (var index = 0; index < ordered.Count; index++)
        {
            foreach (var mention in ordered[index].Mentions)
            {
                var key = Key(mention.Name);
                if (!nodes.TryGetValue((mention.Kind, key), out var node))
                {
                    node = new Node(key, mention.Kind);
                    nodes.Add((mention.Kind, key), node);
                }

                node.Add(mention, index);
            }
        }

        Link(nodes, ordered.Select(a => a.Mentions).ToList());
        var keys = ordered.Select(a => a.ArticleKey).ToList();
        // A merge reads its group's nodes only; each root takes its entity afterwards, on this thread. The groups come in
        // the dictionary's order, but no two entities share a kind and name, so the sort leaves no tie to that order.
        var groups = nodes.Values.GroupBy(n => n.Root()).ToList();
        var merged = PerIndex.Map(groups.Count, degree, k => Merge([.. groups[k]], keys));
        for (var k = 0; k < groups.Count; k++)
        {
            groups[k].Key.Entity = merged[k];
        }

        var entities = merged
            .OrderBy(e => e.Kind)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        return new EntityIndex(nodes, entities);
    }

    /// <summary>The archive entity a mention of <paramref name="name"/> belongs to; null for a name no article mentioned.</summary>
    public IndexedEntity? Find(EntityKind kind, string name) =>
        _nodes.TryGetValue((kind, Key(name)), out var node) ? node.Root().Entity : null;

    /// <summary>
    /// Joins each short form to the one longer name that owns it, when exactly one does; a person's short form only when
    /// its articles and the owner's have someone or something else in common (<see cref="SharesCompany"/>).
    /// </summary>
    private static void Link(Dictionary<(EntityKind, string), Node> nodes, List<IReadOnlyList<EntityMention>> mentions)
    {
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

        foreach (var node in nodes.Values)
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

                if (WithoutSecondSurname(node.Key) is { } shorter)
                {
                    Offer(node.Kind, shorter, node);
                }
            }
        }

        foreach (var node in nodes.Values)
        {
            if (!candidates.TryGetValue((node.Kind, node.Key), out var offered))
            {
                continue;
            }

            var owners = offered
                .Where(o => o != node && (o.TokenCount > node.TokenCount || WithoutSecondSurname(o.Key) == node.Key) && Owns(o, node))
                .Distinct()
                .ToList();

            // Keep only the longest owners that are not themselves short forms of one another.
            var roots = owners.Where(o => !owners.Any(p => p != o && p.TokenCount > o.TokenCount && EndsWith(p.Key, o.Key))).ToList();
            if (Dominant(roots) is { } dominant && node.Root() is var root && dominant.Root() is var owner && root != owner
                && (node.Kind != EntityKind.Person || SharesCompany(node, dominant, nodes, mentions)))
            {
                root.Parent = owner;
            }
        }
    }

    /// <summary>
    /// Whether an article of a person's short form and an article of the full name it would join have an article in
    /// common, or name a same other person or organisation: "Rudolph" alone in a Christmas joke shares nothing with the
    /// quarterback Mason Rudolph's articles, "Biden" alone beside "Donald Trump" shares Trump with Joe Biden's. A surname
    /// in an article that never gives the full name is weak evidence by itself; places are too widely shared to count.
    /// </summary>
    private static bool SharesCompany(Node shortForm, Node owner, Dictionary<(EntityKind, string), Node> nodes, List<IReadOnlyList<EntityMention>> mentions)
    {
        foreach (var article in shortForm.Articles)
        {
            if (owner.Articles.BinarySearch(article) >= 0)
            {
                return true;
            }

            foreach (var other in mentions[article])
            {
                if (other.Kind != EntityKind.Place && nodes[(other.Kind, Key(other.Name))] is var node && node != shortForm && node != owner
                    && SharesArticle(node.Articles, owner.Articles))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SharesArticle(List<int> a, List<int> b)
    {
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var c = a[i].CompareTo(b[j]);
            if (c == 0)
            {
                return true;
            }

            if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    /// <summary>
    /// The one owner, or among several the one named in at least <see cref="DominantShare"/> times as many articles as
    /// any other: across an archive "Biden" alone is the Biden most articles name in full, not a rare namesake.
    /// </summary>
    private static Node? Dominant(List<Node> owners)
    {
        if (owners.Count <= 1)
        {
            return owners.Count == 1 ? owners[0] : null;
        }

        var ranked = owners.OrderByDescending(o => o.Articles.Count).ThenBy(o => o.Key, StringComparer.Ordinal).ToList();
        return ranked[0].Articles.Count >= DominantShare * ranked[1].Articles.Count ? ranked[0] : null;
    }

    private static IndexedEntity Merge(List<Node> members, List<string> articleKeys)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            foreach (var (name, count) in member.Names)
            {
                names[name] = names.GetValueOrDefault(name) + count;
            }
        }

        // The full name before its shortened form of as many words ("Sophie Ellis-Bextor", not "Sophie Ellis").
        var shortened = names.Keys.Select(n => WithoutSecondSurname(Key(n))).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var canonical = names
            .OrderByDescending(kv => TokenCountOf(kv.Key))
            .ThenBy(kv => shortened.Contains(Key(kv.Key)))
            .ThenByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .First().Key;
        var articles = members.Count == 1
            ? members[0].Articles.Select(i => articleKeys[i]).ToList()
            : members.SelectMany(m => m.Articles).Distinct().Order().Select(i => articleKeys[i]).ToList();
        var aliases = names.Keys.Concat(members.SelectMany(m => m.AliasNames))
            .Where(n => n != canonical)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new IndexedEntity(canonical, members[0].Kind, aliases, articles, members.Sum(m => m.Count));
    }

    private static string Key(string name) => name.ToUpperInvariant();

    private static int TokenCountOf(string name) => name.AsSpan().Count(' ') + 1;

    /// <summary>
    /// Whether a short form of another article belongs to <paramref name="owner"/>: an alias of it, or for a person the end
    /// of the name. A person's first name alone never does, even where an article used it as an alias ("Kate" for Kate
    /// York): many people share a first name, so "Kate" in another article is anyone called Kate.
    /// </summary>
    private static bool Owns(Node owner, Node shortForm) =>
        shortForm.Kind == EntityKind.Person
            ? EndsWith(owner.Key, shortForm.Key) || WithoutSecondSurname(owner.Key) == shortForm.Key
                || (owner.AliasKeys.Contains(shortForm.Key) && !StartsWith(owner.Key, shortForm.Key))
            : owner.AliasKeys.Contains(shortForm.Key);

    /// <summary>
    /// A person's name of two words or more without the second part of a double-barrelled surname ("sophie ellis-bextor":
    /// "sophie ellis"), as texts shorten it; null for a name whose last word is not one.
    /// </summary>
    private static string? WithoutSecondSurname(string key)
    {
        var space = key.LastIndexOf(' ');
        var hyphen = key.IndexOf('-', space + 1);
        return space > 0 && hyphen > space + 1 && hyphen < key.Length - 1 ? key[..hyphen] : null;
    }

    private static bool StartsWith(string name, string prefix) =>
        name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && name[prefix.Length] == ' ';

    private static bool EndsWith(string name, string suffix) =>
        name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal) && name[name.Length - suffix.Length - 1] == ' ';

    /// <summary>One spelling of one kind (case ignored), with what the articles say of it; a union-find set.</summary>
    private sealed class Node(string key, EntityKind kind)
    {
        public string Key { get; } = key;

        public EntityKind Kind { get; } = kind;

        public int TokenCount { get; } = TokenCountOf(key);

        public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

        /// <summary>Indexes of the articles that mention it, ascending.</summary>
        public List<int> Articles { get; } = [];

        public HashSet<string> AliasKeys { get; } = new(StringComparer.Ordinal);

        public HashSet<string> AliasNames { get; } = new(StringComparer.Ordinal);

        public int Count { get; private set; }

        public Node? Parent { get; set; }

        /// <summary>Set on the root once the group is merged.</summary>
        public IndexedEntity? Entity { get; set; }

        public void Add(EntityMention mention, int article)
        {
            Names[mention.Name] = Names.GetValueOrDefault(mention.Name) + mention.Count;
            if (Articles.Count == 0 || Articles[^1] != article)
            {
                Articles.Add(article);
            }

            Count += mention.Count;
            foreach (var alias in mention.Aliases)
            {
                AliasKeys.Add(EntityIndex.Key(alias));
                AliasNames.Add(alias);
            }
        }

        public Node Root()
        {
            var node = this;
            while (node.Parent is { } parent)
            {
                node.Parent = parent.Parent ?? parent;
                node = parent;
            }

            return node;
        }
    }
}
