using Archive.Core.Analysis.Stories;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Stories;

public sealed class VersionDiffTests
{
    private const string Opening = "Diplomats meeting in Geneva agreed first steps to ease tension after seven hours of talks.";
    private const string Middle = "The monitors are to visit the towns where protesters hold public buildings this week.";
    private const string Closing = "Ministers said the deal was only a beginning and that deeds would count more than words.";

    [Fact]
    public void The_same_text_has_no_change()
    {
        var diff = VersionDiff.Between(Version("Talks end", Opening, Middle), Version("Talks end", Opening, Middle));

        Assert.True(diff.IsEmpty);
        Assert.Equal(2, diff.Unchanged);
    }

    [Fact]
    public void A_changed_headline_is_reported_apart_from_the_body_with_the_words_added_marked()
    {
        var diff = VersionDiff.Between(Version("Talks end with deal", Opening), Version("Talks end with a deal", Opening));

        var headline = Assert.IsType<TextChange>(diff.Headline);
        Assert.Equal(ChangeKind.Changed, headline.Kind);
        Assert.Equal("a", Assert.Single(headline.After, p => p.Marked).Text);
        Assert.DoesNotContain(headline.Before, p => p.Marked);
        Assert.Empty(diff.Paragraphs);
    }

    [Fact]
    public void An_edited_paragraph_is_one_change_marking_only_the_words_that_differ()
    {
        var edited = Opening.Replace("seven hours of talks", "eight hours of tense talks", StringComparison.Ordinal);

        var diff = VersionDiff.Between(Version("T", Opening, Middle), Version("T", edited, Middle));

        var change = Assert.Single(diff.Paragraphs);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal(["seven"], change.Before.Where(p => p.Marked).Select(p => p.Text));
        Assert.Equal(["eight", "tense"], change.After.Where(p => p.Marked).Select(p => p.Text));
        Assert.Equal(Opening, string.Concat(change.Before.Select(p => p.Text)));
        Assert.Equal(edited, string.Concat(change.After.Select(p => p.Text)));
        Assert.Equal(1, diff.Unchanged);
    }

    [Fact]
    public void A_paragraph_added_and_another_removed_are_not_taken_for_one_changed_paragraph()
    {
        var diff = VersionDiff.Between(Version("T", Opening, Middle), Version("T", Opening, Closing));

        Assert.Equal([ChangeKind.Removed, ChangeKind.Added], diff.Paragraphs.Select(p => p.Kind));
        Assert.Equal(Middle, Assert.Single(diff.Paragraphs[0].Before).Text);
        Assert.Equal(Closing, Assert.Single(diff.Paragraphs[1].After).Text);
    }

    [Fact]
    public void Paragraphs_added_between_kept_ones_are_reported_in_reading_order()
    {
        var diff = VersionDiff.Between(Version("T", Opening, Closing), Version("T", Opening, Middle, Closing));

        var added = Assert.Single(diff.Paragraphs);
        Assert.Equal(ChangeKind.Added, added.Kind);
        Assert.Empty(added.Before);
        Assert.Equal(Middle, Assert.Single(added.After).Text);
        Assert.Equal(2, diff.Unchanged);
    }

    [Fact]
    public void A_sequence_diff_keeps_the_longest_common_run_and_orders_its_steps()
    {
        var steps = SequenceDiff.Of(["a", "b", "c", "d"], ["a", "c", "x", "d"]);

        Assert.Equal(
            [(SequenceDiff.Op.Keep, 0, 0), (SequenceDiff.Op.Remove, 1, -1), (SequenceDiff.Op.Keep, 2, 1), (SequenceDiff.Op.Add, -1, 2), (SequenceDiff.Op.Keep, 3, 3)],
            steps);
    }

    private static StoryVersion Version(string title, params string[] paragraphs) =>
        new("undated", null, ["a.txt"], title, paragraphs.Select(p => new Block(BlockKind.Paragraph, p)).ToList());
}
