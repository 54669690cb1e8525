using Archive.Core.Normalization;
using Archive.Core.Normalization.Text;
using Archive.Core.Normalization.Text.Learning;

namespace Archive.Core.Tests.Normalization.Text;

public sealed class LearntTextTests
{
    private const string Article = """
        Home
        News
        Sport
        Harbour ferry returns after a winter of repairs
        The old harbour ferry has started running again after spending the whole winter in the dry dock at the boatyard.
        Its engine was rebuilt and its wooden deck was replaced plank by plank, the owners said on their website.
        The first crossing on Monday morning was full, and the crew handed out coffee to the passengers on the upper deck.
        Related stories
        Bridge closed for a week
        New bus timetable for the island
        © 2024 Island News. All rights reserved.
        """;

    private const string Reference = """
        The old harbour ferry has started running again after spending the whole winter in the dry dock at the boatyard.
        Its engine was rebuilt and its wooden deck was replaced plank by plank, the owners said on their website.
        The first crossing on Monday morning was full, and the crew handed out coffee to the passengers on the upper deck.
        """;

    [Fact]
    public void The_embedded_model_reads_the_article_and_not_the_menus_or_the_related_stories()
    {
        var model = TextLineModel.Embedded;
        Assert.NotNull(model);

        var body = new TextCaptureReader(model).Read(CaptureInput.FromText("ferry.txt", Article), SourceRules.None).Article.BodyText;

        Assert.Contains("wooden deck", body, StringComparison.Ordinal);
        Assert.Contains("handed out coffee", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Bridge closed", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dump_with_prose_never_gets_an_empty_body_even_from_a_model_that_rejects_every_line()
    {
        var width = LineVectors.Width;
        var weights = new double[width];
        weights[0] = -20; // the bias: every line far below any threshold
        var model = new TextLineModel(new double[width], Enumerable.Repeat(1.0, width).ToArray(), weights, threshold: 0.5, dropBelow: 0.2);

        var body = new TextCaptureReader(model).Read(CaptureInput.FromText("ferry.txt", Article), SourceRules.None).Article.BodyText;

        Assert.Contains("wooden deck", body, StringComparison.Ordinal);
        Assert.Contains("handed out coffee", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_are_labelled_body_when_most_of_their_trigrams_are_in_the_reference()
    {
        var lines = new CaptureLines(Article);

        var (labels, coverage, _) = TextLineLabels.Of(lines, Reference);

        Assert.Equal([false, false, false, false, true, true, true, false, false, false, false], labels);
        Assert.InRange(coverage, 0.9, 1.0); // trigrams across the reference's line breaks are in no line
    }

    [Fact]
    public void Training_is_deterministic_and_the_model_file_reads_back_to_the_same_probabilities()
    {
        var pages = new[] { LabelledCapture.Of("a", Article, Reference, 0.5, 10)!, LabelledCapture.Of("b", Article.Replace("Sport", "Weather", StringComparison.Ordinal), Reference, 0.5, 10)! };
        var options = new TextTrainingOptions(Epochs: 3, Seed: 7);

        var first = Written(TextLineTraining.Train(pages, options, _ => { }));
        var second = Written(TextLineTraining.Train(pages, options, _ => { }));
        var read = TextLineModel.Read(new StringReader(first));

        Assert.Equal(first, second);
        Assert.Equal(first, Written(read));
        Assert.Throws<FormatException>(() => TextLineModel.Read(new StringReader(first.Replace("\nlog-words\t", "\nno-such-feature\t", StringComparison.Ordinal))));
    }

    private static string Written(TextLineModel model)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        model.Write(writer, "test");
        return writer.ToString();
    }
}
