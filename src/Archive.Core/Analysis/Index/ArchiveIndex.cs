using Archive.Core.Model;
using Archive.Core.Text;

namespace Archive.Core.Analysis.Index;

/// <summary>
/// Everything the index pages need, grouped once from the analysed articles: terms by kind, date
/// periods, undated articles, related articles. Each step is linear in the number of articles.
/// </summary>
public sealed class ArchiveIndex
{
    /// <summary>Terms listed by more articles than this say nothing about relatedness.</summary>
    private const int RelatedTermCap = 200;

    private readonly Dictionary<(TermKind, string), Term> _terms = [];
    private readonly List<Article> _articles;

    // The same names come back in article after article: each is slugged and looked up once.
    private readonly Dictionary<(TermKind, string Name), Term> _byName = [];

    // Each article's position in the newest-first list, and by position its tag and entity terms, found while
    // grouping, for related articles (counted by position) and "mentioned with".
    private readonly Dictionary<Article, int> _positions = new(ReferenceEqualityComparer.Instance);
    private readonly Term[][] _termsAt;

    [ThreadStatic]
    private static RelatedScratch? t_related;

    /// <param name="articles">The analysed articles.</param>
    /// <param name="degree">Threads used for the per-term work that can be spread.</param>
    public ArchiveIndex(IEnumerable<Article> articles, int degree = 1)
    {
        _articles = articles.OrderBy(a => a, NewestFirst.Instance).ToList();
        _termsAt = new Term[_articles.Count][];
        var terms = new List<Term>();
        for (var position = 0; position < _articles.Count; position++)
        {
            var article = _articles[position];
            terms.Clear();
            foreach (var tag in article.Tags)
            {
                terms.Add(Add(TermKind.Tag, tag, article, position));
            }

            foreach (var entity in article.Entities)
            {
                var term = Add(entity.Kind.ToTermKind(), entity.Name, article, position);
                term.AddAliases(entity.Aliases);
                terms.Add(term);
            }

            _termsAt[position] = terms.ToArray();
            _positions[article] = position;
            if (article.SourceName is { Length: > 0 } source)
            {
                Add(TermKind.Source, source, article, position);
            }

            AddToPeriods(article);
        }

        Terms = TermKinds.All.ToDictionary(
            kind => kind,
            kind => (IReadOnlyList<Term>)_terms.Values.Where(t => t.Kind == kind)
                .OrderByDescending(t => t.Articles.Count)
                .ThenBy(t => t.Name, StringComparer.Ordinal)
                .ToList());
        foreach (var term in _terms.Values)
        {
            term.Aliases = term.SeenAliases.Where(a => a != term.Name).Order(StringComparer.Ordinal).ToList();
        }

        ComputeMentionedWith(Math.Max(1, degree));
    }

    /// <summary>All articles, newest first; undated ones last.</summary>
    public IReadOnlyList<Article> Articles => _articles;

    public IReadOnlyDictionary<TermKind, IReadOnlyList<Term>> Terms { get; }

    /// <summary>Years with articles, newest first; each holds its months, each month its days.</summary>
    public List<DatePeriod> Years { get; } = [];

    public List<Article> Undated { get; } = [];

    public Term? Find(TermKind kind, string name) =>
        _terms.GetValueOrDefault((kind, Slug.Of(name, kind == TermKind.Tag ? "tag" : "entity")));

    /// <summary>Articles sharing the most tags and entities with <paramref name="article"/>, best first.</summary>
    public IReadOnlyList<Article> Related(Article article, int count)
    {
        ArgumentNullException.ThrowIfNull(article);

        // Counted by position in the newest-first list, in an array kept per thread: no dictionary keyed on
        // articles, and ties fall to the newer article by comparing positions.
        var self = _positions.GetValueOrDefault(article, -1);
        var scratch = t_related ??= new RelatedScratch();
        if (scratch.Counts.Length < _articles.Count)
        {
            scratch.Counts = new int[_articles.Count];
        }

        var (counts, seen) = (scratch.Counts, scratch.Seen);
        foreach (var term in TermsOf(article))
        {
            if (term.Articles.Count > RelatedTermCap)
            {
                continue;
            }

            foreach (var other in term.Positions)
            {
                if (other != self && counts[other]++ == 0)
                {
                    seen.Add(other);
                }
            }
        }

        // Only the first few of hundreds of candidates are wanted: kept in order as they are met (a candidate ranks
        // before another when it shares more terms, or as many and is newer), not the whole list sorted.
        var best = new List<int>(Math.Max(0, Math.Min(count, seen.Count)) + 1);
        foreach (var candidate in seen)
        {
            if (count > 0 && (best.Count < count || Ranks(candidate, best[^1], counts)))
            {
                var at = best.Count;
                while (at > 0 && Ranks(candidate, best[at - 1], counts))
                {
                    at--;
                }

                best.Insert(at, candidate);
                if (best.Count > count)
                {
                    best.RemoveAt(best.Count - 1);
                }
            }
        }

        foreach (var candidate in seen)
        {
            counts[candidate] = 0;
        }

        seen.Clear();
        var related = new List<Article>(best.Count);
        foreach (var position in best)
        {
            related.Add(_articles[position]);
        }

        return related;
    }

    /// <summary>
    /// Puts <paramref name="current"/> where <paramref name="previous"/> was, in every list that holds it. Only for
    /// two versions of one article with the same address, date, source and terms (a preview edit of its text).
    /// </summary>
    internal void Replace(Article previous, Article current)
    {
        static void Swap(List<Article> list, Article previous, Article current)
        {
            var at = list.IndexOf(previous);
            if (at >= 0)
            {
                list[at] = current;
            }
        }

        if (_positions.Remove(previous, out var position))
        {
            _articles[position] = current;
            _positions[current] = position;
            foreach (var term in _termsAt[position])
            {
                Swap(term.Articles, previous, current);
            }
        }

        if (previous.SourceName is { Length: > 0 } source && Find(TermKind.Source, source) is { } sourceTerm)
        {
            Swap(sourceTerm.Articles, previous, current);
        }

        if (previous.Published is not { } date)
        {
            Swap(Undated, previous, current);
            return;
        }

        foreach (var year in Years.Where(y => y.Year == date.Year))
        {
            Swap(year.Articles, previous, current);
            foreach (var month in year.Children.Where(m => m.Month == date.Month))
            {
                Swap(month.Articles, previous, current);
                foreach (var day in month.Children.Where(d => d.Day == date.Day))
                {
                    Swap(day.Articles, previous, current);
                }
            }
        }
    }

    public IEnumerable<Term> TermsOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return _positions.TryGetValue(article, out var position) ? _termsAt[position] : Find(article);
    }

    private IEnumerable<Term> Find(Article article)
    {
        foreach (var tag in article.Tags)
        {
            if (Find(TermKind.Tag, tag) is { } term)
            {
                yield return term;
            }
        }

        foreach (var entity in article.Entities)
        {
            if (Find(entity.Kind.ToTermKind(), entity.Name) is { } term)
            {
                yield return term;
            }
        }
    }

    private Term Add(TermKind kind, string name, Article article, int position)
    {
        if (!_byName.TryGetValue((kind, name), out var term))
        {
            var key = (kind, Slug.Of(name, kind == TermKind.Tag ? "tag" : "entity"));
            if (!_terms.TryGetValue(key, out term))
            {
                term = new Term { Kind = kind, Name = name, Slug = key.Item2, Id = _terms.Count };
                _terms.Add(key, term);
            }

            _byName.Add((kind, name), term);
        }

        // Articles arrive newest first, so each term's list is already in page order.
        if (term.Articles.Count == 0 || !ReferenceEquals(term.Articles[^1], article))
        {
            term.Articles.Add(article);
            term.Positions.Add(position);
        }

        return term;
    }

    private void AddToPeriods(Article article)
    {
        if (article.Published is not { } date)
        {
            Undated.Add(article);
            return;
        }

        var year = Years.Count > 0 && Years[^1].Year == date.Year ? Years[^1] : null;
        if (year is null)
        {
            year = new DatePeriod { Year = date.Year };
            Years.Add(year);
        }

        year.Articles.Add(article);
        var month = year.Children.Count > 0 && year.Children[^1].Month == date.Month ? year.Children[^1] : null;
        if (month is null)
        {
            month = new DatePeriod { Year = date.Year, Month = date.Month };
            year.Children.Add(month);
        }

        month.Articles.Add(article);
        var day = month.Children.Count > 0 && month.Children[^1].Day == date.Day ? month.Children[^1] : null;
        if (day is null)
        {
            day = new DatePeriod { Year = date.Year, Month = date.Month, Day = date.Day };
            month.Children.Add(day);
        }

        day.Articles.Add(article);
    }

    /// <summary>
    /// For each entity, the entities most often in the same articles: counted per term over its own articles
    /// (work proportional to the mentions of the archive), so terms are independent and run in parallel.
    /// </summary>
    private void ComputeMentionedWith(int degree)
    {
        var byId = new Term[_terms.Count];
        foreach (var term in _terms.Values)
        {
            byId[term.Id] = term;
        }

        var entityTerms = byId.Where(t => IsEntity(t.Kind)).ToList();
        var counters = new ThreadLocal<(int[] Counts, List<int> Seen)>(() => (new int[byId.Length], []));
        entityTerms.AsParallel().WithDegreeOfParallelism(degree).ForAll(term =>
        {
            var (counts, seen) = counters.Value;
            foreach (var position in term.Positions)
            {
                foreach (var other in DistinctEntities(_termsAt[position]))
                {
                    if (other != term && counts[other.Id]++ == 0)
                    {
                        seen.Add(other.Id);
                    }
                }
            }

            term.MentionedWith = seen
                .OrderByDescending(id => counts[id])
                .ThenBy(id => byId[id].Name, StringComparer.Ordinal)
                .Take(8)
                .Select(id => byId[id])
                .ToList();
            foreach (var id in seen)
            {
                counts[id] = 0;
            }

            seen.Clear();
        });
        counters.Dispose();
    }

    private static IEnumerable<Term> DistinctEntities(Term[] terms)
    {
        for (var i = 0; i < terms.Length; i++)
        {
            if (IsEntity(terms[i].Kind) && Array.IndexOf(terms, terms[i], 0, i) < 0)
            {
                yield return terms[i];
            }
        }
    }

    private static bool IsEntity(TermKind kind) => kind is TermKind.Person or TermKind.Place or TermKind.Organisation;

    /// <summary>Whether <paramref name="candidate"/> is more related than <paramref name="other"/>: more shared terms, or as many and newer.</summary>
    private static bool Ranks(int candidate, int other, int[] counts) =>
        counts[candidate] != counts[other] ? counts[candidate] > counts[other] : candidate < other;

    /// <summary>Per-thread counters for <see cref="Related"/>: all zero between calls.</summary>
    private sealed class RelatedScratch
    {
        public int[] Counts { get; set; } = [];

        public List<int> Seen { get; } = [];
    }
}
