using Archive.Core.Analysis.Entities.Kinds;
using Archive.Core.Analysis.Entities.Tagging;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class KindModelTests
{
    // Invented sentences, one name each, with gold IOB2 tags.
    private static readonly TrainingSentence[] s_sentences =
    [
        Sentence("Maren/B-PER Tollefsen/I-PER said/O it/O was/O fine/O"),
        Sentence("the/O Velstad/B-ORG Group/I-ORG reported/O profits/O"),
        Sentence("rain/O fell/O on/O Kirrabee/B-LOC yesterday/O"),
        Sentence("she/O bought/O the/O new/O Quillo/B-MISC Phone/I-MISC 3/I-MISC"),
        Sentence("Dagny/B-PER Holm/I-PER said/O nothing/O"),
        Sentence("the/O Ostmark/B-ORG Group/I-ORG hired/O staff/O"),
        Sentence("snow/O fell/O on/O Varnby/B-LOC today/O"),
        Sentence("he/O bought/O the/O new/O Brisk/B-MISC Phone/I-MISC 5/I-MISC"),
    ];

    [Fact]
    public void Every_gold_mention_is_one_example_of_its_kind()
    {
        var examples = KindTraining.Examples(s_sentences, extra: false);

        Assert.Equal(
            [KindModel.Person, KindModel.Organisation, KindModel.Place, KindModel.Misc, KindModel.Person, KindModel.Organisation, KindModel.Place, KindModel.Misc],
            examples.Select(e => e.Gold));
    }

    [Fact]
    public void Training_is_deterministic_and_the_saved_model_reads_the_same()
    {
        var examples = KindTraining.Examples(s_sentences, extra: false);
        var first = Save(KindTraining.Train(examples, epochs: 5, seed: 3));
        var second = Save(KindTraining.Train(examples, epochs: 5, seed: 3));

        Assert.Equal(first, second);
        var loaded = KindModel.Load(new MemoryStream(first));
        Assert.Equal(KindModel.Misc, loaded.Classify(["they", "bought", "the", "new", "Zorna", "Phone", "7"], 4, 7));
        Assert.Equal(KindModel.Organisation, loaded.Classify(["the", "Halvik", "Group", "said"], 1, 3));
    }

    [Theory]
    [InlineData("Reviewers praised the battery of the new Fennick Pad 4 tablet .", 7, 10)]
    [InlineData("The update to the Orlanda Watch 2 arrives on the App Store next week .", 4, 7)]
    public void The_embedded_model_reads_invented_products_as_other_names(string sentence, int start, int end)
    {
        var tokens = sentence.Split(' ');

        Assert.Equal(KindModel.Misc, KindModel.Default.Classify(tokens, start, end));
    }

    [Theory]
    [InlineData("Shares of Trelawny Holdings fell after the company warned on profits .", 2, 4, KindModel.Organisation)]
    [InlineData("Flights to Baghdad were cancelled because of the storm .", 2, 3, KindModel.Place)]
    [InlineData("Police said Adaeze Morrow , 34 , was arrested on Friday .", 2, 4, KindModel.Person)]
    public void The_embedded_model_keeps_people_places_and_organisations(string sentence, int start, int end, int kind)
    {
        var tokens = sentence.Split(' ');

        Assert.Equal(kind, KindModel.Default.Classify(tokens, start, end));
    }

    private static byte[] Save(KindModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    /// <summary>"word/TAG word/TAG ...": an invented sentence with its gold tags.</summary>
    private static TrainingSentence Sentence(string text)
    {
        var parts = text.Split(' ').Select(p => p.Split('/')).ToList();
        return new TrainingSentence(parts.ConvertAll(p => p[0]), parts.Select(p => NerLabels.Parse(p[1])).ToArray());
    }
}
