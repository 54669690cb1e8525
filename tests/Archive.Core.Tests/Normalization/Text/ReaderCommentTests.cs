using Archive.Core.Normalization;
using Archive.Core.Normalization.Text;

namespace Archive.Core.Tests.Normalization.Text;

public sealed class ReaderCommentTests
{
    private const string Capture = """
        Harbour ferry returns after a winter of repairs
        The old harbour ferry has started running again after spending the whole winter in the dry dock at the boatyard.
        Its engine was rebuilt and its wooden deck was replaced plank by plank, the owners said on their website.
        2 Comments
        Anna K. says:
        I took the ferry on Saturday with my grandchildren and they loved every minute of it, it is good to have it back.
        Reply
        Peter M. says:
        It is a shame that the fares are still so high for people who live on the island and use the ferry every day.
        Reply
        """;

    [Fact]
    public void Lines_of_the_comment_section_are_dropped_as_reader_comments()
    {
        var result = new TextCaptureReader().Read(CaptureInput.FromText("ferry.txt", Capture), SourceRules.None);

        Assert.DoesNotContain("grandchildren", result.Article.BodyText, StringComparison.Ordinal);
        var comment = Assert.Single(result.Dropped, d => d.Text.StartsWith("I took the ferry", StringComparison.Ordinal));
        Assert.Equal("reader comments", comment.Reason);
    }
}
