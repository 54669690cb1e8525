using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>
/// Groups captures into stories. Two captures are one story when their canonical URLs agree, or when their bodies
/// are near-identical (candidates from locality-sensitive hashing of MinHash signatures, confirmed by the share of
/// the shorter body's shingles found in the longer) and their publishers do not disagree. The same text under two
/// publishers is not merged but linked as syndication. Cost is linear in the archive: one signature per capture,
/// one dictionary of LSH buckets, a bounded number of checks per bucket. The result depends only on the captures,
/// never on the order they are given in.
/// </summary>
public static class StoryGrouping
{
    /// <param name="memo">What earlier builds of this process worked out per capture (a preview's); null for none.</param>
    public static StoryGroups Group(IReadOnlyList<Article> articles, StoryOptions? options = null, int degree = 1, StoryMemo? memo = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        options ??= StoryOptions.Default;
        memo ??= new StoryMemo();
        var order = Enumerable.Range(0, articles.Count).OrderBy(i => articles[i].SourcePath, StringComparer.Ordinal).ToArray();
        var texts = PerIndex.Map(order.Length, degree, k => memo.TextOf(articles[order[k]]));

        // A kept index is taken while it is updated: an update that declines leaves it unusable.
        var last = memo.Index;
        memo.Index = null;
        StoryCapture[] captures;
        (int A, int B)[] confirmed;
        (int Body, int Page)[] pages;
        if (last is not null && last.Options == options && last.TryUpdate(order, articles, texts) is { } updated)
        {
            (captures, confirmed, pages) = updated;
            memo.Index = last;
        }
        else
        {
            (captures, confirmed, pages) = FromNothing(articles, order, texts, options, degree, memo);
        }

        var sets = new UnionFind(captures.Length, captures, HostsOfNames(captures));

        // Same page: the canonical URL decides, whatever the bodies.
        foreach (var group in Enumerable.Range(0, captures.Length).Where(i => captures[i].UrlKey is not null).GroupBy(i => captures[i].UrlKey!, StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                sets.Union(first, other, force: true);
            }
        }

        // Same body: exact duplicates first, then near-identical ones.
        var syndicated = new List<(int, int)>();
        foreach (var group in Enumerable.Range(0, captures.Length).Where(i => captures[i].BodyHash is not null).GroupBy(i => captures[i].BodyHash!, StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                if (!sets.Union(first, other, force: false))
                {
                    syndicated.Add((first, other));
                }
            }
        }

        // The unions depend on the ones before and are made in ascending pair order.
        foreach (var (a, b) in confirmed)
        {
            if (sets.Find(a) != sets.Find(b) && !sets.Union(a, b, force: false))
            {
                syndicated.Add((a, b));
            }
        }

        JoinPages(sets, pages);
        return Assemble(articles, captures, sets, syndicated);
    }

    /// <summary>
    /// Joins each body to the text dump whose whole text holds it, when that is unambiguous: the body is found in the
    /// pages of one story only, and the page holds the bodies of one story only (as grouped by every other route). A
    /// body many pages hold is text a site repeats (a navigation block, a promo rail kept as a body), and a page
    /// holding several stories' bodies is a page that lists them; neither says which story a dump is a capture of.
    /// Never joins two different canonical URLs (two pages of a site whose template text alone matched). Decided on
    /// the grouping before any of these joins, so the result does not depend on their order; no syndication link is
    /// made from a page match (the dump's own body, not its page, is its text).
    /// </summary>
    private static void JoinPages(UnionFind sets, (int Body, int Page)[] pages)
    {
        if (pages.Length == 0)
        {
            return;
        }

        var pagesOfBody = new Dictionary<int, HashSet<int>>();
        var bodiesOfPage = new Dictionary<int, HashSet<int>>();
        foreach (var (body, page) in pages)
        {
            Add(pagesOfBody, body, sets.Find(page));
            Add(bodiesOfPage, page, sets.Find(body));
        }

        var kept = pages.Where(p => pagesOfBody[p.Body].Count == 1 && bodiesOfPage[p.Page].Count == 1).ToList();
        foreach (var (body, page) in kept)
        {
            if (sets.Find(body) != sets.Find(page) && !sets.SameUrlOrNone(body, page))
            {
                continue;
            }

            sets.Union(body, page, force: false);
        }

        static void Add(Dictionary<int, HashSet<int>> map, int key, int root)
        {
            if (!map.TryGetValue(key, out var set))
            {
                map[key] = set = [];
            }

            set.Add(root);
        }
    }

    /// <summary>Every capture's signature from this archive's shingle counts, and the candidate pairs confirmed as one body, in ascending order.</summary>
    private static (StoryCapture[] Captures, (int A, int B)[] Confirmed, (int Body, int Page)[] Pages) FromNothing(IReadOnlyList<Article> articles, int[] order, StoryText[] texts, StoryOptions options, int degree, StoryMemo memo)
    {
        var frequency = ShingleFrequency.Of(texts.Select(t => t.Shingles).ToList(), degree);
        var bound = options.FrequencyBound(order.Length);
        var signatures = PerIndex.Map(order.Length, degree, k => StorySignature.Of(texts[k], frequency, bound, options));
        var captures = PerIndex.Map(order.Length, degree, k => new StoryCapture(order[k], articles[order[k]], texts[k], signatures[k], options));

        // The LSH buckets and the headlines need no probe postings, and each is paired on one thread: at a degree above 1
        // they are paired on another thread while the postings are built (on one thread too) and looked up.
        var ((bucketed, sameTitle, shortTitles), (postings, contained)) = PerIndex.Both(
            degree,
            () => (CandidatePairs(captures, options, degree), SameTitlePairs(captures), ShortTitlePairs(captures)),
            () =>
            {
                var held = ProbePostings(captures, options);
                return (held, ContainedPairs(captures, held, degree));
            });
        var candidates = Ascending(bucketed, contained, sameTitle);

        // Confirming a pair reads only its two captures, so every candidate is checked in parallel.
        var isConfirmed = PerIndex.Map(candidates.Length, degree, k => Confirmed(captures[candidates[k].A].Signature, captures[candidates[k].B].Signature, options));
        var confirmedText = candidates.Where((_, k) => isConfirmed[k]).ToArray();
        var confirmed = Ascending([.. confirmedText], shortTitles);
        var pageCandidates = PageCandidates(captures, postings, degree);
        var isPage = PerIndex.Map(pageCandidates.Length, degree, k => PageConfirmed(captures[pageCandidates[k].A].Signature, captures[pageCandidates[k].B].Text, options));
        var pages = pageCandidates.Where((_, k) => isPage[k]).Select(p => (Body: p.A, Page: p.B)).ToArray();
        if (memo.KeepsIndex)
        {
            memo.Index = new StoryIndex(options, frequency, bound, captures, confirmedText, shortTitles, pages);
        }

        return (captures, confirmed, pages);
    }

    /// <summary>Each probe (see <see cref="ContainedPairs"/>) with the captures holding it, in capture order; probes more than <see cref="StoryOptions.BucketLimit"/> captures hold are left out (boilerplate).</summary>
    private static Dictionary<ulong, List<int>> ProbePostings(StoryCapture[] captures, StoryOptions options)
    {
        var postings = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < captures.Length; i++)
        {
            foreach (var probe in captures[i].Probes)
            {
                if (!postings.TryGetValue(probe, out var list))
                {
                    postings[probe] = list = [];
                }

                list.Add(i);
            }
        }

        foreach (var key in postings.Where(p => p.Value.Count > options.BucketLimit).Select(p => p.Key).ToList())
        {
            postings.Remove(key);
        }

        return postings;
    }

    /// <summary>
    /// (body, page) pairs where a text dump's whole text (its <see cref="PageSample"/>) may hold another capture's body:
    /// each value of each dump's sample is looked up among the probes, and a body is a candidate when the sample holds at
    /// least half of its probes. Directed and in ascending order (body, then page). Linear: a sample of at most
    /// <see cref="PageSample.Size"/> values per dump, posting lists of at most <see cref="StoryOptions.BucketLimit"/>.
    /// </summary>
    private static (int A, int B)[] PageCandidates(StoryCapture[] captures, Dictionary<ulong, List<int>> postings, int degree)
    {
        var found = PerIndex.Map<List<(int A, int B)>>(captures.Length, degree, j =>
            captures[j].PageSample.Length == 0 ? [] : [.. BodiesInPage(captures[j].PageSample, j, postings, int.MaxValue, i => captures[i].Probes.Count).Select(i => (i, j))]);
        var pairs = found.SelectMany(p => p).ToArray();
        Array.Sort(pairs);
        return pairs;
    }

    /// <summary>The captures (other than <paramref name="self"/>) at least half of whose probes the sample holds, given the probe postings (lists longer than <paramref name="limit"/> skipped).</summary>
    internal static IEnumerable<TKey> BodiesInPage<TKey>(ulong[] sample, TKey self, IReadOnlyDictionary<ulong, List<TKey>> postings, int limit, Func<TKey, int> probeCount)
        where TKey : notnull
    {
        var hits = new Dictionary<TKey, int>();
        foreach (var value in sample)
        {
            if (postings.TryGetValue(value, out var holders) && holders.Count <= limit)
            {
                foreach (var holder in holders)
                {
                    hits[holder] = hits.GetValueOrDefault(holder) + 1;
                }
            }
        }

        hits.Remove(self);
        return hits.Where(h => 2 * h.Value >= probeCount(h.Key)).Select(h => h.Key);
    }

    /// <summary>
    /// A body found in a text dump's whole text: at least <see cref="StoryOptions.MinPageSampled"/> of the body's
    /// distinctive shingles fall under the page sample's limit, and at least <see cref="StoryOptions.MinPageContainment"/>
    /// of those are in the sample.
    /// </summary>
    internal static bool PageConfirmed(StorySignature body, StoryText page, StoryOptions options)
    {
        if (!body.Sketched || page.PageSample.Length == 0)
        {
            return false;
        }

        var (sampled, held) = PageSample.Compare(body.Distinctive, page.PageSample);
        return sampled >= options.MinPageSampled && held >= options.MinPageContainment * sampled;
    }

    /// <summary>
    /// Pairs of one headline (at least three words, not a file name) where one body is too short to compare
    /// (no sketch) and the other is not, when the headline is held by these two captures only and their publishers
    /// agree: the same host, or the same source name (one holding the other). A headline more captures share may be a
    /// site's template ("Subscribe to read | ..."), and a short body with no publisher says nothing of its site.
    /// </summary>
    private static List<(int A, int B)> ShortTitlePairs(StoryCapture[] captures) =>
        [.. Enumerable.Range(0, captures.Length)
            .Where(i => HasTitleOfItsOwn(captures[i].Text))
            .GroupBy(i => captures[i].TitleKey!, StringComparer.Ordinal)
            .Where(g => g.Count() == 2)
            .Select(g => (A: g.First(), B: g.Last()))
            .Where(p => ShortTitleMatch(captures[p.A].Text, captures[p.A].Signature, captures[p.B].Text, captures[p.B].Signature))];

    /// <summary>Whether a capture's headline may pair it by <see cref="ShortTitlePairs"/>.</summary>
    internal static bool HasTitleOfItsOwn(StoryText text) => text.TitleKey is not null && !text.TitleIsFileName;

    /// <summary>One body compared by text, the other too short to be, and publishers that agree (see <see cref="ShortTitlePairs"/>).</summary>
    internal static bool ShortTitleMatch(StoryText a, StorySignature sa, StoryText b, StorySignature sb) =>
        sa.Sketched != sb.Sketched &&
        ((a.Host is not null && a.Host == b.Host) ||
         (a.Source is { } x && b.Source is { } y && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal))));

    /// <summary>Every pair, each once, in ascending order (first index, then second), whichever list it came from and in whatever order.</summary>
    private static (int A, int B)[] Ascending(params List<(int A, int B)>[] lists)
    {
        var keys = new long[lists.Sum(l => l.Count)];
        var n = 0;
        foreach (var list in lists)
        {
            foreach (var (a, b) in list)
            {
                keys[n++] = ((long)a << 32) | (uint)b;
            }
        }

        Array.Sort(keys);
        var pairs = new List<(int A, int B)>(keys.Length);
        for (var k = 0; k < keys.Length; k++)
        {
            if (k == 0 || keys[k] != keys[k - 1])
            {
                pairs.Add(((int)(keys[k] >> 32), (int)keys[k]));
            }
        }

        return [.. pairs];
    }

    /// <summary>Pairs that share at least one LSH band (a pair may be listed more than once).</summary>
    private static List<(int A, int B)> CandidatePairs(StoryCapture[] captures, StoryOptions options, int degree)
    {
        // A capture's band keys depend on it alone and are worked out in parallel. Captures with one key share a
        // bucket: the (key, capture) entries are sorted by key, then by capture, and a bucket keeps its first
        // BucketLimit captures in capture order, so which captures a full bucket keeps never depends on timing.
        // Sorting two arrays costs less than a dictionary of a list per bucket (most buckets hold one capture).
        var bandKeys = captures.Select(c => c.BandKeys).ToArray();
        var count = bandKeys.Sum(k => k?.Length ?? 0);
        var keys = new ulong[count];
        var holders = new int[count];
        var n = 0;
        for (var i = 0; i < captures.Length; i++)
        {
            foreach (var key in bandKeys[i] ?? [])
            {
                keys[n] = key;
                holders[n++] = i;
            }
        }

        Array.Sort(keys, holders);
        var pairs = new List<(int A, int B)>();
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            // The sort above is not stable: the bucket's captures are put back in capture order first.
            Array.Sort(holders, start, end - start);
            var kept = Math.Min(end - start, options.BucketLimit);
            for (var x = 0; x < kept; x++)
            {
                for (var y = x + 1; y < kept; y++)
                {
                    pairs.Add((holders[start + x], holders[start + y]));
                }
            }

            start = end;
        }

        return pairs;
    }

    /// <summary>
    /// Pairs where one body may hold most of the other, which LSH on Jaccard similarity misses when the longer body
    /// carries much page noise: each capture's <see cref="StoryOptions.Probes"/> lowest-hashed shingles are indexed,
    /// and every shingle of every capture is looked up once, so a capture meets each capture whose probes it holds.
    /// Probes shared by more than <see cref="StoryOptions.BucketLimit"/> captures are boilerplate and skipped.
    /// A pair is a candidate when the longer body holds at least half of the shorter one's probes.
    /// </summary>
    private static List<(int A, int B)> ContainedPairs(StoryCapture[] captures, Dictionary<ulong, List<int>> postings, int degree)
    {
        // Each capture's pairs are found on its own; the lists are kept per capture and joined in capture order.
        var found = PerIndex.Map<List<(int A, int B)>>(captures.Length, degree, i =>
            {
                if (!captures[i].Sketched)
                {
                    return [];
                }

                var hits = new Dictionary<int, int>();
                foreach (var shingle in captures[i].Distinctive)
                {
                    if (postings.TryGetValue(shingle, out var holders))
                    {
                        foreach (var j in holders.Where(j => j != i))
                        {
                            hits[j] = hits.GetValueOrDefault(j) + 1;
                        }
                    }
                }

                return hits.Where(h => 2 * h.Value >= captures[h.Key].Probes.Count).Select(h => i < h.Key ? (A: i, B: h.Key) : (A: h.Key, B: i)).ToList();
            });
        return [.. found.SelectMany(pairs => pairs)];
    }

    /// <summary>
    /// Pairs with the same headline (words of letters and digits, at least three): a text dump whose body carries page
    /// noise can share too few shingles with its saved page for LSH to propose it, though it holds all of it.
    /// Within one headline, each capture is paired with the first <see cref="TitleGroupLimit"/> ones only.
    /// </summary>
    private static List<(int A, int B)> SameTitlePairs(StoryCapture[] captures) =>
        [.. Enumerable.Range(0, captures.Length)
            .Where(i => captures[i].TitleKey is not null && captures[i].Sketched)
            .GroupBy(i => captures[i].TitleKey!, StringComparer.Ordinal)
            .SelectMany(g => g.Take(TitleGroupLimit).SelectMany((a, x) => g.Skip(x + 1).Select(b => (a, b))))];

    internal const int TitleGroupLimit = 8;

    /// <summary>
    /// Two bodies near enough to be one story: the shorter one's distinctive shingles mostly found in the longer, and so
    /// is its own text (<see cref="StorySignature.Own"/>): in a large archive, two stories a template wrote about one
    /// subject and place share its sentences, but not the text only their own copies carry.
    /// </summary>
    internal static bool Confirmed(StorySignature a, StorySignature b, StoryOptions options) =>
        a.Sketched && b.Sketched && Shingles.Containment(a.Distinctive, b.Distinctive) >= options.MinContainment
        && ((ReferenceEquals(a.Own, a.Distinctive) && ReferenceEquals(b.Own, b.Distinctive)) || Shingles.Containment(a.Own, b.Own) >= options.MinContainment);

    private static StoryGroups Assemble(IReadOnlyList<Article> articles, StoryCapture[] captures, UnionFind sets, List<(int, int)> syndicated)
    {
        var members = new Dictionary<int, List<int>>();
        var roots = new List<int>();
        for (var i = 0; i < captures.Length; i++)
        {
            var root = sets.Find(i);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
                roots.Add(root);
            }

            list.Add(i);
        }

        var storyOfRoot = new Dictionary<int, int>();
        var stories = new List<Story>(roots.Count);
        foreach (var root in roots)
        {
            storyOfRoot[root] = stories.Count;
            var indexes = members[root].Select(i => captures[i].Index).ToList();
            var duplicates = new Dictionary<int, int>();
            foreach (var same in members[root].Where(i => captures[i].BodyHash is not null).GroupBy(i => captures[i].BodyHash!, StringComparer.Ordinal))
            {
                foreach (var repeat in same.Skip(1))
                {
                    duplicates[captures[repeat].Index] = captures[same.First()].Index;
                }
            }

            stories.Add(new Story(indexes, StoryChoice.Best(articles, indexes), StoryChoice.Anchor(articles, indexes)) { Duplicates = duplicates });
        }

        var links = syndicated
            .Select(p => (Story: storyOfRoot[sets.Find(p.Item1)], Other: storyOfRoot[sets.Find(p.Item2)]))
            .Where(p => p.Story != p.Other)
            .Select(p => p.Story < p.Other ? p : (Story: p.Other, Other: p.Story))
            .Distinct().Order().ToList();
        return new StoryGroups(stories, links);
    }

    /// <summary>
    /// For each source name that captures with a URL carry, the hosts it was seen on: the archive's own record of
    /// which site a name stands for, less the names other sites credit as their stories' origin (agencies). Linear: one
    /// entry per capture with both.
    /// </summary>
    private static Dictionary<string, HashSet<string>> HostsOfNames(StoryCapture[] captures)
    {
        var hosts = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var capture in captures)
        {
            if (capture.Host is { } host && capture.Source is { } name)
            {
                if (!hosts.TryGetValue(name, out var set))
                {
                    hosts[name] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(host);
            }
        }

        // A name that pages of other sites print as their story's origin ("(Reuters) -", "— AP") is an agency's: a
        // capture known only by it may be any client's copy, its credit line read as its publisher, so it says nothing.
        foreach (var capture in captures)
        {
            if (capture.Host is { } host && capture.Text.WireKey is { } wire && hosts.TryGetValue(wire, out var sites) && !sites.Any(h => UnionFind.SameSite(h, host)))
            {
                hosts.Remove(wire);
            }
        }

        return hosts;
    }

    /// <summary>
    /// Union-find whose sets remember their publisher, so that a chain of matches never merges two publishers.
    /// The host of the canonical URL is the publisher when both sides have one; the source name only when neither
    /// has a URL: a text dump's source name is often a copyright holder ("Nexstar Inc") where the saved page names
    /// its site ("WHNT.com"), so a name never outweighs a host. Only where the archive itself ties a name to sites
    /// (captures with a URL carry it) does a capture known by that name alone disagree with a page of another site:
    /// a dump named "Coastline Herald" is not a page of meridiandaily.example.com when the Herald's own pages are
    /// on coastlineherald.example.org; a name no page carries (a copyright holder) still says nothing.
    /// </summary>
    private sealed class UnionFind
    {
        private readonly int[] _parent;
        private readonly string?[] _host;
        private readonly string?[] _source;
        private readonly string?[] _url;

        private readonly Dictionary<string, HashSet<string>> _hostsOfName;

        public UnionFind(int count, StoryCapture[] captures, Dictionary<string, HashSet<string>> hostsOfName)
        {
            _hostsOfName = hostsOfName;
            _parent = Enumerable.Range(0, count).ToArray();
            _host = captures.Select(c => c.Host).ToArray();
            _source = captures.Select(c => c.Source).ToArray();
            _url = captures.Select(c => c.UrlKey).ToArray();
        }

        /// <summary>Whether the sets of a and b have the same canonical URL, or one of them has none.</summary>
        public bool SameUrlOrNone(int a, int b) => !Differ(_url[Find(a)], _url[Find(b)]);

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        /// <summary>Joins the sets of a and b unless (without force) their known publishers differ; false when refused.</summary>
        public bool Union(int a, int b, bool force)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra == rb)
            {
                return true;
            }

            if (!force && (Differ(_host[ra], _host[rb]) ||
                (_host[ra] is null && _host[rb] is null && NamesDiffer(_source[ra], _source[rb])) ||
                (_host[ra] is null && _host[rb] is { } hb && NameOfOtherSite(_source[ra], hb)) ||
                (_host[rb] is null && _host[ra] is { } ha && NameOfOtherSite(_source[rb], ha))))
            {
                return false;
            }

            // The smaller index stays root, so the result does not depend on the order of unions.
            var (root, child) = ra < rb ? (ra, rb) : (rb, ra);
            _parent[child] = root;
            _host[root] ??= _host[child];
            _source[root] ??= _source[child];
            _url[root] ??= _url[child];
            return true;
        }

        /// <summary>True when the archive's pages carry <paramref name="name"/> only on sites other than <paramref name="host"/> (a subdomain counting as its site).</summary>
        private bool NameOfOtherSite(string? name, string host) =>
            name is not null && _hostsOfName.TryGetValue(name, out var hosts) && !hosts.Any(h => SameSite(h, host));

        internal static bool SameSite(string x, string y) =>
            x == y || (x.Length > y.Length ? x.EndsWith("." + y, StringComparison.Ordinal) : y.EndsWith("." + x, StringComparison.Ordinal));

        private static bool Differ(string? x, string? y) => x is not null && y is not null && !string.Equals(x, y, StringComparison.Ordinal);

        /// <summary>Source names as extracted are noisy ("Die FURCHE" beside "Achtsam durch die Krise | Die FURCHE"): they differ only when neither holds the other.</summary>
        private static bool NamesDiffer(string? x, string? y) => x is not null && y is not null && !x.Contains(y, StringComparison.Ordinal) && !y.Contains(x, StringComparison.Ordinal);
    }
}
