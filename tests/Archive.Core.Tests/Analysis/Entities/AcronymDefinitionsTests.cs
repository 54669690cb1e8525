using Archive.Core.Analysis.Entities;
using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Entities;

/// <summary>Acronyms an article defines: a name's long form found beyond its initials, a term's long form in lower case.</summary>
public sealed class AcronymDefinitionsTests
{
    private static AcronymDefinitions Find(string sentence) => AcronymDefinitions.Find([sentence.Split(' ')]);

    [Theory]
    [InlineData("The deal was signed by the Harbour Electric Company ( HECO ) last week .", "HECO", "Harbour Electric Company")]
    [InlineData("A complaint went to the Ohio State Attorney General ( OHAG ) on Monday .", "OHAG", "Ohio State Attorney General")]
    [InlineData("Staff of the HECO ( Harbour Electric Company ) were told .", "HECO", "Harbour Electric Company")]
    public void A_long_form_is_found_even_where_initials_alone_do_not_spell_the_acronym(string sentence, string acronym, string longForm)
    {
        var definitions = Find(sentence);

        Assert.Equal(longForm, string.Join(' ', definitions.LongForm(acronym)!));
        Assert.False(definitions.IsTerm(acronym));
    }

    [Theory]
    [InlineData("Both sides agreed to alternative dispute resolution ( ADR ) before the trial .", "ADR")]
    [InlineData("The cream contains an alpha hydroxy acid ( AHA ) and little else .", "AHA")]
    [InlineData("Die Regeln gelten für kleine und mittlere Unternehmen ( KMU ) ab Mai .", "KMU")]
    [InlineData("The fund buys purpose-built student accommodation ( PBSA ) across the north .", "PBSA")]
    public void A_long_form_in_lower_case_makes_the_acronym_a_term(string sentence, string acronym)
    {
        Assert.True(Find(sentence).IsTerm(acronym));
    }

    [Theory]
    [InlineData("Die Stadt kaufte zwei neue Müllsammelwagen ( MSW ) für den Winter .", "MSW")]
    [InlineData("Seit Mai gilt die Bodenfeuchtemessung ( BFM ) als Pflicht .", "BFM")]
    [InlineData("Die BFM ( Bodenfeuchtemessung ) gilt als Pflicht .", "BFM")]
    public void A_compound_of_a_text_that_is_not_english_makes_the_acronym_a_term(string sentence, string acronym)
    {
        Assert.True(AcronymDefinitions.Find([sentence.Split(' ')], english: false).IsTerm(acronym));
        Assert.Contains(acronym, AcronymDefinitions.Find([sentence.Split(' ')], english: false).Terms);
        Assert.False(Find(sentence).IsTerm(acronym)); // an English text's one word is no definition: "Facebook (FB)"
    }

    [Theory]
    [InlineData("Das Landesumweltamt ( LUA ) warnte am Montag .", "LUA")]
    [InlineData("Der Bundessportverband ( BSV ) wählte einen neuen Vorstand .", "BSV")]
    [InlineData("Laut dem Landeskriminalamtes ( LKA ) stieg die Zahl .", "LKA")]
    [InlineData("Die Stadt kaufte einen Wagen ( WGN ) im Mai .", "WGN")] // too short for a compound of three letters
    public void A_compound_ending_with_a_word_for_a_body_or_too_short_is_no_term(string sentence, string acronym)
    {
        Assert.False(AcronymDefinitions.Find([sentence.Split(' ')], english: false).IsTerm(acronym));
    }

    [Fact]
    public void A_club_after_a_persons_name_is_no_term()
    {
        var definitions = Find("Im Ziel lagen schließlich die schnelle Carla Weber ( SCC ) und Anna Roth ( LGV ) vorn .");

        Assert.False(definitions.IsTerm("SCC"));
        Assert.False(definitions.IsTerm("LGV"));
    }

    [Fact]
    public void An_article_merges_a_defined_acronym_into_its_name_and_drops_a_term()
    {
        var article = new Article
        {
            SourcePath = "utility.txt",
            Title = "Utility fined over outages",
            Body =
            [
                new Block(BlockKind.Paragraph, "The Harbour Electric Company (HECO) was fined on Tuesday after a week of outages across the island, regulators said."),
                new Block(BlockKind.Paragraph, "HECO said it would appeal, and asked for alternative dispute resolution (ADR) with the regulator before any hearing."),
                new Block(BlockKind.Paragraph, "A spokesman said HECO had spent more on its network this year than in any year before, and that ADR would save time."),
            ],
        };

        var entities = ArticleEntityExtractor.Default.Extract(article);

        var company = Assert.Single(entities, e => e.Name == "Harbour Electric Company");
        Assert.Contains("HECO", company.Aliases);
        Assert.DoesNotContain(entities, e => e.Name is "HECO" or "ADR");
    }
}
