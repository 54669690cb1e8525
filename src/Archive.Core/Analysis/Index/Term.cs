using Archive.Core.Model;

namespace Archive.Core.Analysis.Index;

/// <summary>A tag, entity or source with its articles (newest first) and what appears alongside it.</summary>
public sealed class Term
{
    public required TermKind Kind { get; init; }

    public required string Name { get; init; }

    public required string Slug { get; init; }

    /// <summary>Its position among the terms of its index, for per-term counting in arrays.</summary>
    internal int Id { get; init; }

    public string Url => $"/{Kind.Folder()}/{Slug}/";

    public List<Article> Articles { get; } = [];

    /// <summary>Where each of <see cref="Articles"/> stands in the archive's newest-first list.</summary>
    internal List<int> Positions { get; } = [];

    /// <summary>Other spellings seen (entities: "Mr Kerry", "Kerry").</summary>
    public IReadOnlyList<string> Aliases { get; set; } = [];

    /// <summary>Entities that most often appear in the same articles.</summary>
    public IReadOnlyList<Term> MentionedWith { get; set; } = [];

    internal HashSet<string> SeenAliases { get; } = new(StringComparer.Ordinal);

    internal void AddAliases(IEnumerable<string> aliases) => SeenAliases.UnionWith(aliases);
}
