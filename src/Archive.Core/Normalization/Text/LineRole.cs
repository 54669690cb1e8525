namespace Archive.Core.Normalization.Text;

/// <summary>What a line of a text capture became.</summary>
internal enum LineRole : byte
{
    Dropped,
    Title,
    Standfirst,
    Byline,
    Dateline,
    Caption,
    Tag,
    Body,
}
