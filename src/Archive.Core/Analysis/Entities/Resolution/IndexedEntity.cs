using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// One entity of the whole archive: its canonical name, kind, the other names it goes by, the keys of the
/// articles that mention it (sorted) and its total number of mentions.
/// </summary>
public sealed record IndexedEntity(string Name, EntityKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<string> ArticleKeys, int Count);
