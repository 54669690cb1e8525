using Archive.Core.Analysis.Entities;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class ArticleEntityExtractorTests
{
    // An invented article with the patterns of a wire story: titles before names, short forms,
    // possessives, demonyms, weekdays and a sentence-initial "Meanwhile".
    private static readonly Article s_article = new()
    {
        SourcePath = "invented.txt",
        Title = "Syria talks in Geneva end without a deal",
        Body =
        [
            new Block(BlockKind.Paragraph, "US Secretary of State Hillary Clinton met her Russian counterpart Sergei Ivanov in Geneva on Monday."),
            new Block(BlockKind.Paragraph, "Mrs Clinton said the United Nations must act, but Mr Ivanov's reply was cautious."),
            new Block(BlockKind.Paragraph, "Meanwhile, President Dmitry Medvedev spoke to Chancellor Angela Merkel by phone from Moscow."),
            new Block(BlockKind.Paragraph, "Clinton later flew to London, where Ivanov's deputy had arrived on Sunday."),
        ],
    };

    [Fact]
    public void People_lose_their_titles_and_short_forms_join_the_full_name()
    {
        var entities = ArticleEntityExtractor.Default.Extract(s_article);

        var clinton = Assert.Single(entities, e => e.Name == "Hillary Clinton");
        Assert.Equal(EntityKind.Person, clinton.Kind);
        Assert.Equal(3, clinton.Count);
        Assert.Contains("Clinton", clinton.Aliases);
        var ivanov = Assert.Single(entities, e => e.Name == "Sergei Ivanov");
        Assert.Equal(3, ivanov.Count);
        Assert.Contains(entities, e => e.Name == "Dmitry Medvedev" && e.Kind == EntityKind.Person);
        Assert.Contains(entities, e => e.Name == "Angela Merkel" && e.Kind == EntityKind.Person);
    }

    [Fact]
    public void Places_and_organisations_are_found()
    {
        var entities = ArticleEntityExtractor.Default.Extract(s_article);

        Assert.Contains(entities, e => e.Name == "Geneva" && e.Kind == EntityKind.Place);
        Assert.Contains(entities, e => e.Name == "London" && e.Kind == EntityKind.Place);
        Assert.Contains(entities, e => e.Name == "Moscow" && e.Kind == EntityKind.Place);
        Assert.Contains(entities, e => e.Name == "United Nations" && e.Kind == EntityKind.Organisation);
    }

    [Fact]
    public void Demonyms_weekdays_adverbs_and_titled_forms_are_not_entities()
    {
        var names = ArticleEntityExtractor.Default.Extract(s_article)
            .SelectMany(e => e.Aliases.Prepend(e.Name))
            .ToList();

        Assert.DoesNotContain("Russian", names);
        Assert.DoesNotContain("Monday", names);
        Assert.DoesNotContain("Sunday", names);
        Assert.DoesNotContain("Meanwhile", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Mr", StringComparison.Ordinal) || n.StartsWith("President", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.EndsWith("'s", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_case_headline_yields_the_names_of_the_body_and_no_phrase_entities()
    {
        var article = s_article with { Title = "Clinton And Ivanov Fail To Agree On Syria Plan After Geneva Talks" };

        var entities = ArticleEntityExtractor.Default.Extract(article);

        Assert.Equal(4, Assert.Single(entities, e => e.Name == "Hillary Clinton").Count);
        Assert.Equal(4, Assert.Single(entities, e => e.Name == "Sergei Ivanov").Count);
        Assert.DoesNotContain(entities, e => e.Name.Contains("Fail", StringComparison.Ordinal) || e.Name.Contains("Agree", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kerry And Lavrov Fail To Agree On Ukraine Plan", true)]
    [InlineData("Ukraine crisis: US-Russia deadlock despite 'frank' talks", false)]
    [InlineData("Talks in Paris", false)]
    public void Title_case_is_most_longer_words_capitalised(string title, bool expected)
    {
        Assert.Equal(expected, ArticleEntityExtractor.IsTitleCase(title.Split(' ')));
    }

    [Fact]
    public void A_text_that_is_not_english_gives_the_town_names_it_writes_after_an_article()
    {
        var article = new Article
        {
            SourcePath = "bahn.txt",
            Title = "Die Bahn fährt wieder",
            Body =
            [
                new Block(BlockKind.Paragraph, "Nach dem Streik fahren die Züge wieder. Wer heute im Zug nach Berlin sitzt, braucht etwas Geduld und den Mut, nicht auszusteigen."),
                new Block(BlockKind.Paragraph, "Die Bahn sagt, dass der Verkehr bis zum Abend wieder normal läuft. Am Ende des Tages sind alle Züge pünktlich, so wie das Berlin schon gestern geschafft hat."),
            ],
        };

        var found = ArticleEntityExtractor.Default.Analyse(article);

        Assert.Contains("zug", found.NounsNamedLikePlaces);
        Assert.Contains("ende", found.NounsNamedLikePlaces);
        Assert.Equal(["berlin"], found.TownsNamedAsPlaces); // "nach Berlin"
        Assert.DoesNotContain("berlin", found.NounsNamedLikePlaces); // "das" is also a pronoun: "wie das Berlin geschafft hat"
        Assert.All(found.Mentions, m => Assert.True(m.InForeignText));
        Assert.Empty(ArticleEntityExtractor.Default.Analyse(s_article).NounsNamedLikePlaces);
    }
}
