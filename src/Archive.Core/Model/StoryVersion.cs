namespace Archive.Core.Model;

/// <summary>
/// One text of a story whose captures differ: the headline and body some captures carry, the captures that carry
/// it (earliest first) and the key of its page (<c>&lt;story permalink&gt;versions/&lt;key&gt;/</c>): the date the text
/// was first captured, "undated", with "-2", "-3" for later texts first captured the same day.
/// </summary>
public sealed record StoryVersion(string Key, DateOnly? Captured, IReadOnlyList<string> SourcePaths, string Title, IReadOnlyList<Block> Body);
