using Archive.Core.Caching;
using Archive.Core.Model;

namespace Archive.Core.Tests.Caching;

/// <summary>When a preview edit may keep the last resolution: the openings of long paragraphs other articles share.</summary>
public sealed class KeptResolutionTests
{
    private const string Shared = "The talks in Geneva ended with an agreement that all illegal armed groups must be disarmed and buildings returned.";
    private const string Own = "Nobody else printed this paragraph, which runs well past the eighty letters that make up the key of a paragraph.";

    [Fact]
    public void An_edit_to_the_opening_of_a_paragraph_another_article_shares_resolves_again()
    {
        var before = Article("a.html", Shared, Own);
        var after = Article("a.html", "Late on Thursday, " + Shared, Own);
        var other = Article("b.txt", Shared);

        Assert.True(IncrementalBuild.SharesChangedParagraphs([after, other], [(before, after)]));
    }

    [Fact]
    public void An_edit_to_an_opening_no_other_article_has_or_past_the_opening_keeps_the_resolution()
    {
        var before = Article("a.html", Shared, Own);
        var other = Article("b.txt", Shared);
        var ownOpening = Article("a.html", Shared, "Truly " + Own);
        var pastOpening = Article("a.html", Shared + " Talks resume next week.", Own);

        Assert.False(IncrementalBuild.SharesChangedParagraphs([ownOpening, other], [(before, ownOpening)]));
        Assert.False(IncrementalBuild.SharesChangedParagraphs([pastOpening, other], [(before, pastOpening)]));
    }

    private static Article Article(string path, params string[] paragraphs) => new()
    {
        SourcePath = path,
        Body = paragraphs.Select(p => new Block(BlockKind.Paragraph, p)).ToList(),
    };
}
