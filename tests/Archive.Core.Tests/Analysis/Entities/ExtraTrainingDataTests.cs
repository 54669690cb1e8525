using Archive.Core.Analysis.Entities.Tagging;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class ExtraTrainingDataTests
{
    [Theory]
    [InlineData("B-product", "B-MISC")]
    [InlineData("I-creative-work", "I-MISC")]
    [InlineData("B-corporation", "B-ORG")]
    [InlineData("I-group", "I-ORG")]
    [InlineData("B-person", "B-PER")]
    [InlineData("B-location", "B-LOC")]
    [InlineData("O", "O")]
    public void WNUT_types_map_to_the_taggers_four(string wnut, string conll) => Assert.Equal(conll, ExtraTrainingData.Map(wnut));

    [Fact]
    public void Each_post_is_a_document_of_its_own()
    {
        var documents = ExtraTrainingData.Read(["My\tO", "new\tO", "Lumafone\tB-product", "", "Visiting\tO", "Oslo\tB-location"]);

        Assert.Equal(2, documents.Count);
        Assert.Equal(NerLabels.Parse("B-MISC"), documents[0][0].Labels[2]);
        Assert.Equal(NerLabels.Parse("B-LOC"), documents[1][0].Labels[1]);
    }
}
