namespace Archive.Core.Normalization.Text;

/// <summary>Reasons, besides marker phrases, for which the text reader drops a line.</summary>
internal static class TextDropReasons
{
    public const string PromoRail = "promo rail";
    public const string Header = "header";
    public const string AfterEndMarker = "after end marker";
    public const string OutsideText = "outside main text";
    public const string SourceRule = "source rule";
    public const string LinkList = "link list";

    /// <summary>A "Tags: a, b, c" line (<see cref="TopicTagFinder.IsTagList"/>): the article's topics, read as metadata, never body.</summary>
    public const string TagList = "tag list";

    /// <summary>A line of the page's comment section (<see cref="BodyGuards.CommentSection"/>) that no marker names.</summary>
    public const string ReaderComments = "reader comments";

    /// <summary>A line inside the text that the learnt line classifier finds unlike article body (<see cref="Learning.LearntTextFinder"/>).</summary>
    public const string Unlikely = "unlike body";
}
