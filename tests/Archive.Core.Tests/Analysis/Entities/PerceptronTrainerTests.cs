using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Analysis.Entities.Tagging;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class PerceptronTrainerTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.FromLists(["France"], ["Paris", "Lyon"], ["Anna", "Marc"]);

    private static List<IReadOnlyList<TrainingSentence>> Corpus()
    {
        static TrainingSentence S(string text, string tags) =>
            new(text.Split(' '), tags.Split(' ').Select(NerLabels.Parse).ToArray());

        return
        [
            [
                S("Anna Weber flew to Paris on Monday .", "B-PER I-PER O O B-LOC O O O"),
                S("Weber said Acme Corp would grow .", "B-PER O B-ORG I-ORG O O O"),
            ],
            [
                S("Marc Dubois of Acme Corp visited Lyon .", "B-PER I-PER O B-ORG I-ORG O B-LOC O"),
                S("France welcomed Dubois .", "B-LOC O B-PER O"),
            ],
            [
                S("In Paris , Anna met Marc .", "O B-LOC O B-PER O B-PER O"),
            ],
        ];
    }

    private static byte[] Train(ulong seed)
    {
        var options = new TrainerOptions(Epochs: 5, Seed: seed, MinFeatureCount: 1);
        var model = new PerceptronTrainer(s_gazetteer, options).Train(Corpus());
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Training_twice_with_the_same_seed_gives_identical_bytes()
    {
        var first = Train(7);
        var second = Train(7);

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_saved_model_loads_back_with_the_same_weights_and_learns_the_corpus()
    {
        var bytes = Train(3);

        using var stream = new MemoryStream(bytes);
        var model = TwoStageModel.Load(stream);
        var tagger = new NerTagger(model, s_gazetteer);

        var tags = tagger.TagDocument([["Anna", "Weber", "flew", "to", "Paris", "on", "Monday", "."]])[0];
        Assert.Equal(["B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O"], tags);
        using var again = new MemoryStream();
        model.Save(again);
        Assert.Equal(bytes, again.ToArray());
    }

    [Fact]
    public void Viterbi_never_opens_an_entity_with_an_inside_tag()
    {
        var labels = NerLabels.Count;
        var emissions = new float[3 * labels];
        emissions[0 * labels + 2] = 10; // I-PER at the start
        emissions[1 * labels + 4] = 10; // I-ORG
        emissions[2 * labels + 0] = 10;
        var result = new int[3];

        ViterbiDecoder.Decode(emissions, new float[(labels + 1) * labels], labels, result);

        for (var t = 0; t < result.Length; t++)
        {
            Assert.True(NerLabels.Allowed(t == 0 ? -1 : result[t - 1], result[t]));
        }
    }
}
