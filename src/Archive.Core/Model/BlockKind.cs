namespace Archive.Core.Model;

/// <summary>The kinds of body block both capture readers produce.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    Quote,
    ListItem,
}
