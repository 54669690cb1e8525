namespace Archive.Core.Analysis.Stories;

/// <summary>
/// One story: the captures (indexes into the grouped list, in source path order), the best one, whose
/// text the page shows, and the anchor, whose title and date make the permalink (see <see cref="StoryChoice"/>).
/// </summary>
public sealed record Story(IReadOnlyList<int> Captures, int Best, int Anchor)
{
    /// <summary>Captures whose body is byte for byte another capture's of this story, with the one they repeat.</summary>
    public IReadOnlyDictionary<int, int> Duplicates { get; init; } = new Dictionary<int, int>();
}
