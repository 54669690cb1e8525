using Archive.Core.Model;
using Archive.Core.Normalization.Dates;
using Archive.Core.Normalization.Dates.Learning;

namespace Archive.Core.Tests.Normalization.Dates;

/// <summary>The learnt choice among a text's days: the kinds of evidence it weighs, its training and its file format.</summary>
public sealed class TextDateModelTests
{
    private const string Paragraph =
        "The council voted late on the evening after a long debate to build a new cycle lane linking the town centre with the station, " +
        "and work is due to begin next spring once the last permits from the regional authorities have been granted by the ministry.";

    private static string Dump(params string[] lines) => string.Join("\n", lines);

    private static TextDateModel Embedded => TextDateModel.Embedded ?? throw new InvalidOperationException("no embedded date model");

    private static PublishedDate? Choose(TextDateModel model, string text) =>
        PublishedDateFinder.FindDayInText(text, url: null, titleHint: null, model);

    [Fact]
    public void A_byline_day_above_the_first_paragraph_beats_a_footer_day()
    {
        var text = Dump("Home", "News", "Council approves new cycle lane", "By Jane Doe | 5 November 2019", Paragraph, Paragraph,
            "Related", "Other story", "Terms", "Last reviewed 12 January 2021", "Contact", "About");

        Assert.Equal(new PublishedDate(new DateOnly(2019, 11, 5), DateConfidence.Exact), Choose(Embedded, text));
    }

    [Fact]
    public void A_published_cue_beats_an_updated_cue()
    {
        var text = Dump("Council approves new cycle lane", "Updated: 9 November 2019", "Published: 5 November 2019", Paragraph);

        Assert.Equal(new DateOnly(2019, 11, 5), Choose(Embedded, text)?.Day);
    }

    [Fact]
    public void A_copyright_line_never_dates_a_page()
    {
        var text = Dump("Council approves new cycle lane", Paragraph, "© 1 January 2020 Example Media");

        Assert.Null(Choose(Embedded, text));
    }

    [Fact]
    public void A_list_of_dated_teasers_does_not_outrank_the_dateline()
    {
        var text = Dump("Council approves new cycle lane", "5 November 2019", Paragraph,
            "More news", "1 November 2019", "Bridge reopens", "2 November 2019", "Market moves", "3 November 2019", "School plans");

        Assert.Equal(new DateOnly(2019, 11, 5), Choose(Embedded, text)?.Day);
    }

    [Fact]
    public void Training_learns_from_the_kind_of_evidence_and_is_deterministic()
    {
        // Synthetic pages: the gold day in a byline under the title, a decoy day in a long paragraph lower down.
        var pages = Enumerable.Range(0, 40).Select(i =>
        {
            var gold = new DateOnly(2015, 1, 1).AddDays(i * 17);
            var decoy = gold.AddDays(-40 - i);
            var text = Dump("Headline number " + i + " about the council", "By Staff | " + gold.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
                Paragraph, "Back on " + decoy.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) + " the council had first discussed the idea in a long and heated meeting that ran late.", Paragraph);
            return DatedText.Of("page" + i, text, gold);
        }).ToList();

        var model = TextDateTraining.Train(pages, new DateTrainingOptions(Seed: 7));
        var again = TextDateTraining.Train(pages, new DateTrainingOptions(Seed: 7));
        var unseen = Dump("A new headline about the harbour", "By Staff | 3 June 2019", Paragraph,
            "Back on 1 March 2019 the harbour board had first discussed the idea in a long and heated meeting that ran late.", Paragraph);

        Assert.Equal(new DateOnly(2019, 6, 3), Choose(model, unseen)?.Day);
        Assert.Equal(Written(model), Written(again));
    }

    [Fact]
    public void A_written_model_reads_back_to_the_same_choices()
    {
        var copy = TextDateModel.Read(new StringReader(Written(Embedded)));
        var text = Dump("Council approves new cycle lane", "By Jane Doe | 5 November 2019", Paragraph);

        Assert.Equal(Written(Embedded), Written(copy));
        Assert.Equal(Choose(Embedded, text), Choose(copy, text));
    }

    private static string Written(TextDateModel model)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        model.Write(writer, "test");
        return writer.ToString();
    }
}
