namespace Archive.Core.Analysis.Stories;

/// <summary>The stories of an archive, in the order of their first capture's source path, and the syndication links between them.</summary>
public sealed record StoryGroups(IReadOnlyList<Story> Stories, IReadOnlyList<(int Story, int Other)> Syndicated)
{
    /// <summary>For each story, the other stories carrying the same text under another publisher, in story order.</summary>
    public IReadOnlyList<int> ElsewhereOf(int story) =>
        Syndicated.Where(l => l.Story == story).Select(l => l.Other)
            .Concat(Syndicated.Where(l => l.Other == story).Select(l => l.Story))
            .Distinct().Order().ToList();
}
