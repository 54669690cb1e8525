using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>
/// A preview's last story grouping, kept so that the next one, after an edit of a few captures, checks only those:
/// every capture's signature, the LSH buckets, probe postings and headline groups by path, the shingle counts, and
/// the pairs confirmed as one body. An update gives exactly what grouping from nothing gives, or declines (and the
/// archive is grouped from nothing): when many captures changed, when a shingle count crossed the frequency threshold
/// (other captures' signatures would change), or when a bucket, posting list or headline group is or was over its
/// limit (which captures a full one keeps would change).
/// </summary>
internal sealed class StoryIndex
{
    private readonly StoryOptions _options;
    private readonly ShingleFrequency _frequency;

    /// <summary>The frequency bound the signatures were made with (<see cref="StoryOptions.FrequencyBound"/> of the archive's size).</summary>
    private readonly int _bound;
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, List<string>> _buckets = [];
    private readonly Dictionary<ulong, List<string>> _probes = [];
    private readonly Dictionary<string, List<string>> _titles = new(StringComparer.Ordinal);
    private readonly HashSet<(string A, string B)> _confirmed = [];

    /// <summary>Every capture with a headline of its own (<see cref="StoryGrouping.HasTitleOfItsOwn"/>), by headline, sketch or not.</summary>
    private readonly Dictionary<string, List<string>> _allTitles = new(StringComparer.Ordinal);

    /// <summary>The pair each headline confirms by <c>StoryGrouping.ShortTitlePairs</c>, if any.</summary>
    private readonly Dictionary<string, (string A, string B)> _shortTitles = new(StringComparer.Ordinal);

    /// <summary>(body, page) pairs: a body found in a text dump's whole text.</summary>
    private readonly HashSet<(string Body, string Page)> _pages = [];
    private long _total;

    public StoryIndex(StoryOptions options, ShingleFrequency frequency, int bound, StoryCapture[] captures, IEnumerable<(int A, int B)> confirmed, IEnumerable<(int A, int B)> shortTitles, IEnumerable<(int Body, int Page)> pages)
    {
        _options = options;
        _frequency = frequency;
        _bound = bound;
        for (var k = 0; k < captures.Length; k++)
        {
            var entry = new Entry(captures[k].Article, captures[k].Text, captures[k].Signature);
            _entries[entry.Path] = entry;
            _total += entry.Text.Shingles.Length;
            Add(entry, touched: null);
        }

        foreach (var (a, b) in confirmed)
        {
            _confirmed.Add(Key(captures[a].Article.SourcePath, captures[b].Article.SourcePath));
        }

        foreach (var (a, b) in shortTitles)
        {
            _shortTitles[captures[a].TitleKey!] = Key(captures[a].Article.SourcePath, captures[b].Article.SourcePath);
        }

        foreach (var (body, page) in pages)
        {
            _pages.Add((captures[body].Article.SourcePath, captures[page].Article.SourcePath));
        }
    }

    public StoryOptions Options => _options;

    /// <summary>
    /// Brings the index to the archive of <paramref name="articles"/> taken in <paramref name="order"/> (by path), whose
    /// texts are <paramref name="texts"/>: its captures and its confirmed pairs in ascending order. Null when the update
    /// declines; the index is then no longer usable.
    /// </summary>
    public (StoryCapture[] Captures, (int A, int B)[] Confirmed, (int Body, int Page)[] Pages)? TryUpdate(int[] order, IReadOnlyList<Article> articles, StoryText[] texts)
    {
        var position = new Dictionary<string, int>(order.Length, StringComparer.Ordinal);
        var changed = new List<int>();
        for (var k = 0; k < order.Length; k++)
        {
            var article = articles[order[k]];
            position[article.SourcePath] = k;
            if (!_entries.TryGetValue(article.SourcePath, out var entry) || !ReferenceEquals(entry.Article, article))
            {
                changed.Add(k);
            }
        }

        var limit = Math.Max(16, order.Length / 50);
        // A bound that grows with the archive changes every signature when it moves.
        if (position.Count != order.Length || changed.Count > limit || _options.FrequencyBound(order.Length) != _bound)
        {
            return null;
        }

        var edited = changed.Select(k => articles[order[k]].SourcePath).ToHashSet(StringComparer.Ordinal);
        var gone = _entries.Values.Where(e => !position.ContainsKey(e.Path) || edited.Contains(e.Path)).ToList();
        if (gone.Count > limit)
        {
            return null;
        }

        // Counts first: the new signatures are made with them, and the others stay valid only while no count crossed.
        var total = _total - gone.Sum(e => (long)e.Text.Shingles.Length) + changed.Sum(k => (long)texts[k].Shingles.Length);
        if (ShingleFrequency.CountersFor(total) != _frequency.Counters)
        {
            return null;
        }

        var before = new Dictionary<long, int>();
        foreach (var entry in gone)
        {
            _frequency.Change(entry.Text.Shingles, -1, before);
        }

        foreach (var k in changed)
        {
            _frequency.Change(texts[k].Shingles, 1, before);
        }

        _total = total;
        // A shingle that moves across the bound, or across the floor that marks a body's own text, changes signatures.
        if (_frequency.Crossed(before, _bound) || (_bound > _options.MaxShingleFrequency && _frequency.Crossed(before, _options.MaxShingleFrequency)))
        {
            return null;
        }

        var touched = new Touched();
        foreach (var entry in gone)
        {
            _entries.Remove(entry.Path);
            Remove(entry, touched);
        }

        var added = changed.Select(k => new Entry(articles[order[k]], texts[k], StorySignature.Of(texts[k], _frequency, _bound, _options))).ToList();
        foreach (var entry in added)
        {
            _entries[entry.Path] = entry;
            Add(entry, touched);
        }

        // The pairs of every capture whose candidates may have changed are found again: the edited ones, and the
        // members of a full bucket or headline group an edit entered or left (which members it keeps may change),
        // and of a probe's posting list that an edit moved across its limit.
        var affected = added.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, members) in touched.Buckets)
        {
            if (members.Count > _options.BucketLimit || _buckets[key].Count > _options.BucketLimit)
            {
                affected.UnionWith(members.Take(_options.BucketLimit).Concat(_buckets[key].Take(_options.BucketLimit)));
            }
        }

        foreach (var (title, members) in touched.Titles)
        {
            if (members.Count > StoryGrouping.TitleGroupLimit || _titles[title].Count > StoryGrouping.TitleGroupLimit)
            {
                affected.UnionWith(members.Concat(_titles[title]));
            }
        }

        foreach (var (probe, count) in touched.Probes)
        {
            if ((count <= _options.BucketLimit) != (_probes[probe].Count <= _options.BucketLimit))
            {
                affected.UnionWith(_probes[probe]);
                affected.UnionWith(_entries.Values.Where(e => Array.BinarySearch(e.Signature.Distinctive, probe) >= 0).Select(e => e.Path));
                affected.UnionWith(_entries.Values.Where(e => Array.BinarySearch(e.Text.PageSample, probe) >= 0).Select(e => e.Path));
            }
        }

        affected.RemoveWhere(path => !_entries.ContainsKey(path));
        if (affected.Count > limit)
        {
            return null;
        }

        var stale = gone.Select(e => e.Path).Concat(affected).ToHashSet(StringComparer.Ordinal);
        _confirmed.RemoveWhere(pair => stale.Contains(pair.A) || stale.Contains(pair.B));
        _pages.RemoveWhere(pair => stale.Contains(pair.Body) || stale.Contains(pair.Page));
        foreach (var entry in affected.Select(path => _entries[path]).Where(e => e.Signature.Sketched))
        {
            foreach (var other in Candidates(entry))
            {
                if (StoryGrouping.Confirmed(entry.Signature, other.Signature, _options))
                {
                    _confirmed.Add(Key(entry.Path, other.Path));
                }
            }
        }

        foreach (var entry in affected.Select(path => _entries[path]))
        {
            FindPages(entry);
        }

        // A headline's pair depends on its captures alone: found again for each headline an edit entered or left.
        foreach (var title in touched.AllTitles)
        {
            _shortTitles.Remove(title);
            if (_allTitles.TryGetValue(title, out var group) && group.Count == 2)
            {
                var (a, b) = (_entries[group[0]], _entries[group[1]]);
                if (StoryGrouping.ShortTitleMatch(a.Text, a.Signature, b.Text, b.Signature))
                {
                    _shortTitles[title] = Key(a.Path, b.Path);
                }
            }
        }

        var captures = new StoryCapture[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            var article = articles[order[k]];
            captures[k] = new StoryCapture(order[k], article, texts[k], _entries[article.SourcePath].Signature, _options);
        }

        // Paths in ordinal order are positions in ascending order: the pair keys are ordered the same way.
        var pairs = _confirmed.Concat(_shortTitles.Values).Select(p => (A: position[p.A], B: position[p.B])).Distinct().ToArray();
        Array.Sort(pairs);
        var pages = _pages.Select(p => (Body: position[p.Body], Page: position[p.Page])).ToArray();
        Array.Sort(pages);
        return (captures, pairs, pages);
    }

    /// <summary>
    /// The (body, page) pairs of <paramref name="entry"/> either way round, as grouping from nothing finds them: its
    /// body in other dumps' whole texts, and other bodies in its own (probe lists over their limit skipped).
    /// </summary>
    private void FindPages(Entry entry)
    {
        if (entry.Signature.Sketched)
        {
            var probes = entry.Signature.Probes.Where(p => _probes[p].Count <= _options.BucketLimit).ToList();
            foreach (var other in _entries.Values)
            {
                if (other.Text.PageSample.Length > 0 && other.Path != entry.Path &&
                    2 * probes.Count(p => Array.BinarySearch(other.Text.PageSample, p) >= 0) >= entry.Signature.Probes.Count &&
                    StoryGrouping.PageConfirmed(entry.Signature, other.Text, _options))
                {
                    _pages.Add((entry.Path, other.Path));
                }
            }
        }

        if (entry.Text.PageSample.Length > 0)
        {
            foreach (var body in StoryGrouping.BodiesInPage(entry.Text.PageSample, entry.Path, _probes, _options.BucketLimit, path => _entries[path].Signature.Probes.Count))
            {
                if (StoryGrouping.PageConfirmed(_entries[body].Signature, entry.Text, _options))
                {
                    _pages.Add((body, entry.Path));
                }
            }
        }
    }

    /// <summary>Every capture that grouping from nothing would pair with <paramref name="entry"/> as a candidate.</summary>
    private IEnumerable<Entry> Candidates(Entry entry)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        // A full bucket pairs only the first captures it holds (by path, as grouping from nothing takes them); a
        // headline group pairs each capture with its first few.
        foreach (var key in entry.Signature.BandKeys!)
        {
            var kept = _buckets[key].Take(_options.BucketLimit).ToList();
            if (kept.Contains(entry.Path))
            {
                found.UnionWith(kept);
            }
        }

        if (entry.Text.TitleKey is { } title)
        {
            var group = _titles[title];
            found.UnionWith(group.IndexOf(entry.Path) < StoryGrouping.TitleGroupLimit ? group : group.Take(StoryGrouping.TitleGroupLimit));
        }

        // A body holding half of another's probes, either way round; a probe held by too many captures is boilerplate.
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var shingle in entry.Signature.Distinctive)
        {
            if (_probes.TryGetValue(shingle, out var holders) && holders.Count <= _options.BucketLimit)
            {
                foreach (var holder in holders)
                {
                    hits[holder] = hits.GetValueOrDefault(holder) + 1;
                }
            }
        }

        found.UnionWith(hits.Where(h => 2 * h.Value >= _entries[h.Key].Signature.Probes.Count).Select(h => h.Key));
        var probes = entry.Signature.Probes.Where(p => _probes[p].Count <= _options.BucketLimit).ToList();
        foreach (var other in _entries.Values)
        {
            if (other.Signature.Sketched && 2 * probes.Count(p => Array.BinarySearch(other.Signature.Distinctive, p) >= 0) >= entry.Signature.Probes.Count)
            {
                found.Add(other.Path);
            }
        }

        found.Remove(entry.Path);
        return found.Select(path => _entries[path]);
    }

    private void Add(Entry entry, Touched? touched)
    {
        if (StoryGrouping.HasTitleOfItsOwn(entry.Text))
        {
            Insert(_allTitles, entry.Text.TitleKey!, entry.Path, null);
            touched?.AllTitles.Add(entry.Text.TitleKey!);
        }

        if (!entry.Signature.Sketched)
        {
            return;
        }

        foreach (var key in entry.Signature.BandKeys!)
        {
            Insert(_buckets, key, entry.Path, touched?.Buckets);
        }

        foreach (var probe in entry.Signature.Probes)
        {
            touched?.Probes.TryAdd(probe, _probes.TryGetValue(probe, out var p) ? p.Count : 0);
            Insert(_probes, probe, entry.Path, null);
        }

        if (entry.Text.TitleKey is { } title)
        {
            Insert(_titles, title, entry.Path, touched?.Titles);
        }
    }

    private void Remove(Entry entry, Touched touched)
    {
        if (StoryGrouping.HasTitleOfItsOwn(entry.Text))
        {
            _allTitles[entry.Text.TitleKey!].Remove(entry.Path);
            touched.AllTitles.Add(entry.Text.TitleKey!);
        }

        if (!entry.Signature.Sketched)
        {
            return;
        }

        foreach (var key in entry.Signature.BandKeys!)
        {
            touched.Buckets.TryAdd(key, [.. _buckets[key]]);
            _buckets[key].Remove(entry.Path);
        }

        foreach (var probe in entry.Signature.Probes)
        {
            touched.Probes.TryAdd(probe, _probes[probe].Count);
            _probes[probe].Remove(entry.Path);
        }

        if (entry.Text.TitleKey is { } title)
        {
            touched.Titles.TryAdd(title, [.. _titles[title]]);
            _titles[title].Remove(entry.Path);
        }
    }

    /// <summary>Puts a path in its list, kept in path order; the list as it was goes into <paramref name="touched"/> the first time.</summary>
    private static void Insert<TKey>(Dictionary<TKey, List<string>> lists, TKey key, string path, Dictionary<TKey, List<string>>? touched)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        touched?.TryAdd(key, [.. list]);
        var at = list.BinarySearch(path, StringComparer.Ordinal);
        list.Insert(at < 0 ? ~at : at, path);
    }

    private static (string A, string B) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private sealed record Entry(Article Article, StoryText Text, StorySignature Signature)
    {
        public string Path => Article.SourcePath;
    }

    /// <summary>Each bucket and headline group an update touched as it was before (its members), and each posting list's size.</summary>
    private sealed class Touched
    {
        public Dictionary<ulong, List<string>> Buckets { get; } = [];

        public Dictionary<ulong, int> Probes { get; } = [];

        public Dictionary<string, List<string>> Titles { get; } = new(StringComparer.Ordinal);

        /// <summary>Headlines (of any capture with one of its own) an update entered or left.</summary>
        public HashSet<string> AllTitles { get; } = new(StringComparer.Ordinal);
    }
}
