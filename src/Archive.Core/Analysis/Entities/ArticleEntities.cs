using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities;

/// <summary>
/// What <see cref="ArticleEntityExtractor"/> finds in one article: its resolved <paramref name="Mentions"/>, and the town
/// names of the gazetteer that the article, in a language that capitalises nouns, writes after an article that is never a
/// pronoun
/// (<paramref name="NounsNamedLikePlaces"/>, lower-cased, sorted): "am Ende", "im Zug" show that "Ende" and "Zug" are
/// words of its language; and those it writes right after a preposition of place with no article
/// (<paramref name="TownsNamedAsPlaces"/>: "in Essen", "nach Zug"). The archive weighs the two uses across its texts.
/// <paramref name="AcronymTerms"/>: the acronyms the article defines by a term in lower case ("alternative dispute
/// resolution (ADR)", <see cref="Resolution.AcronymDefinitions.IsTerm"/>), sorted: the archive names nothing by them.
/// </summary>
public sealed record ArticleEntities(IReadOnlyList<EntityMention> Mentions, IReadOnlyList<string> NounsNamedLikePlaces, IReadOnlyList<string> TownsNamedAsPlaces)
{
    public IReadOnlyList<string> AcronymTerms { get; init; } = [];
}
