namespace Archive.Core.Model;

/// <summary>The kinds of body block both capture readers produce.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    Quote,
    ListItem,

    /// <summary>An image in its place in the body, with no text of its own (its caption is not body text).</summary>
    Figure,
}
