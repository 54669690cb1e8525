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

    public ArchiveIndex(IEnumerable<Article> articles)
    {
        Articles = articles.OrderBy(a => a, NewestFirst.Instance).ToList();
        foreach (var article in Articles)
        {
            foreach (var tag in article.Tags)
            {
                Add(TermKind.Tag, tag, article);
            }

            foreach (var entity in article.Entities)
            {
                Add(entity.Kind.ToTermKind(), entity.Name, article).AddAliases(entity.Aliases);
            }

            if (article.SourceName is { Length: > 0 } source)
            {
                Add(TermKind.Source, source, article);
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

        ComputeMentionedWith();
    }

    /// <summary>All articles, newest first; undated ones last.</summary>
    public IReadOnlyList<Article> Articles { get; }

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
        var scores = new Dictionary<Article, int>(ReferenceEqualityComparer.Instance);
        foreach (var term in TermsOf(article))
        {
            if (term.Articles.Count > RelatedTermCap)
            {
                continue;
            }

            foreach (var other in term.Articles)
            {
                if (!ReferenceEquals(other, article))
                {
                    scores[other] = scores.GetValueOrDefault(other) + 1;
                }
            }
        }

        return scores
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, NewestFirst.Instance)
            .Take(count)
            .Select(kv => kv.Key)
            .ToList();
    }

    public IEnumerable<Term> TermsOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
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

    private Term Add(TermKind kind, string name, Article article)
    {
        var key = (kind, Slug.Of(name, kind == TermKind.Tag ? "tag" : "entity"));
        if (!_terms.TryGetValue(key, out var term))
        {
            term = new Term { Kind = kind, Name = name, Slug = key.Item2 };
            _terms.Add(key, term);
        }

        // Articles arrive newest first, so each term's list is already in page order.
        if (term.Articles.Count == 0 || !ReferenceEquals(term.Articles[^1], article))
        {
            term.Articles.Add(article);
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

    private void ComputeMentionedWith()
    {
        var entityKinds = new[] { TermKind.Person, TermKind.Place, TermKind.Organisation };
        var counts = new Dictionary<Term, Dictionary<Term, int>>(ReferenceEqualityComparer.Instance);
        foreach (var article in Articles)
        {
            var entities = article.Entities
                .Select(e => Find(e.Kind.ToTermKind(), e.Name))
                .OfType<Term>()
                .Distinct()
                .ToList();
            foreach (var a in entities)
            {
                if (!counts.TryGetValue(a, out var row))
                {
                    counts[a] = row = new Dictionary<Term, int>(ReferenceEqualityComparer.Instance);
                }

                foreach (var b in entities)
                {
                    if (!ReferenceEquals(a, b))
                    {
                        row[b] = row.GetValueOrDefault(b) + 1;
                    }
                }
            }
        }

        foreach (var (term, row) in counts)
        {
            if (entityKinds.Contains(term.Kind))
            {
                term.MentionedWith = row.OrderByDescending(kv => kv.Value)
                    .ThenBy(kv => kv.Key.Name, StringComparer.Ordinal)
                    .Take(8)
                    .Select(kv => kv.Key)
                    .ToList();
            }
        }
    }
}
