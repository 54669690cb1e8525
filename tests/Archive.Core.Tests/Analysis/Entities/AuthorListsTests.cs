using Archive.Core.Analysis.Entities;
using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class AuthorListsTests
{
    [Theory]
    [InlineData("Kano Y , Pinto B , Oliveira AP , Ruskin KJ .", true)]
    [InlineData("Lorenz M , Wozel G , Schmitt J , et al .", true)]
    [InlineData("Kano Y et al . Virus reactivation and the skin .", true)]
    [InlineData("Pinto B , Lee CH , et al .", true)]
    [InlineData("Kano Y , Pinto B .", false)] // two names: too few to tell from prose
    [InlineData("Tokyo et al .", false)]
    [InlineData("Flights leave from Austin TX , Denver CO , Miami FL .", false)] // towns with state codes
    [InlineData("Officials in Brussels , Paris and Berlin said on Monday that talks with the UN and the EU would resume .", false)]
    public void An_author_list_is_three_or_more_surnames_with_initials_that_are_most_of_the_sentence(string sentence, bool expected)
    {
        Assert.Equal(expected, AuthorLists.IsAuthorList(sentence.Split(' '), Gazetteer.Default));
    }

    [Fact]
    public void No_entity_is_taken_from_a_reference_s_author_list()
    {
        var article = new Article
        {
            SourcePath = "invented.txt",
            Title = "A common drug and the skin",
            Body =
            [
                new Block(BlockKind.Paragraph, "Doctors in Lisbon studied the reactions of 400 patients over ten years."),
                new Block(BlockKind.Paragraph, "Kano Y, Pinto B, Oliveira AP, Ruskin KJ. Skin reactions to a common drug."),
                new Block(BlockKind.Paragraph, "Medeiros T et al. Drug reactions and the kidney. Clin Rheumatol. 2013;32(5):689-93."),
            ],
        };

        var names = ArticleEntityExtractor.Default.Extract(article).Select(e => e.Name).ToList();

        Assert.Contains("Lisbon", names);
        Assert.DoesNotContain(names, n => n.Contains("Kano", StringComparison.Ordinal) || n.Contains("Pinto", StringComparison.Ordinal)
            || n.Contains("Oliveira", StringComparison.Ordinal) || n.Contains("Ruskin", StringComparison.Ordinal) || n.Contains("Medeiros", StringComparison.Ordinal));
    }
}
