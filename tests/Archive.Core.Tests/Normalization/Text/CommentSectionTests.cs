using Archive.Core.Normalization;
using Archive.Core.Normalization.Text;
using Archive.Core.Normalization.Text.Learning;

namespace Archive.Core.Tests.Normalization.Text;

/// <summary>
/// The comment section (<see cref="BodyGuards.CommentSection"/>) in languages other than English, German, French,
/// Italian, Spanish and Portuguese, and under a post of a single short line. Invented dumps.
/// </summary>
public sealed class CommentSectionTests
{
    /// <summary>A short Dutch report above a thread of four comments, each with a name, a time and a reply link.</summary>
    private const string DutchReportAboveThread = """
        Home
        Nieuws
        Regio
        Sport
        Contact
        Nieuwe fietsbrug over de rivier geopend
        Door Redactie
        12 maart 2024
        De nieuwe fietsbrug tussen de twee oevers van de rivier is vanochtend officieel geopend door de wethouder en een groep schoolkinderen.
        De brug is driehonderd meter lang en vervangt het oude pontje, dat bij hoog water vaak niet kon varen.
        7 reacties
        Kees de Vries
        12 maart 2024 om 10:14
        Eindelijk is hij klaar, ik fiets er morgen meteen overheen op weg naar mijn werk in de stad, want met het pontje moest ik altijd wachten en kwam ik vaak te laat.
        Beantwoorden
        Marieke
        12 maart 2024 om 11:02
        Mooi gemaakt, maar waarom zijn er geen lampen op de brug gezet, want in de winter is het al om vijf uur donker en dan zie je op dat lange stuk helemaal niets meer.
        Beantwoorden
        Jan Bakker
        12 maart 2024 om 12:40
        Ik heb de hele bouw gevolgd vanaf mijn balkon en het was prachtig om te zien hoe de grote stalen delen met een kraan van de boot werden getild en op hun plek werden gezet.
        Beantwoorden
        Anouk
        12 maart 2024 om 13:05
        Wie betaalt het onderhoud van de brug eigenlijk, de gemeente of de provincie, want bij de vorige brug in het dorp duurde het jaren voordat de kapotte leuning werd gemaakt.
        Beantwoorden
        Geef een reactie
        Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *
        Reactie
        Naam *
        E-mail *
        """;

    /// <summary>A photo post of one short line above a thread: three comments, each with a reply link.</summary>
    private const string OneLinePostAboveThread = """
        Home
        Photos
        About
        Sunrise over the frozen lake
        Posted on 3 February 2024 by Mira
        The ice on the lake was thick enough this morning to walk out to the island and watch the sun come up over the hills.
        18 Comments
        Tom
        3 February 2024 at 08:12
        What a wonderful picture, I have lived near that lake for twenty years and have never once seen it frozen over so completely in the middle of winter.
        Reply
        Hannah
        3 February 2024 at 09:40
        The colours are amazing, but please be careful walking on the ice, because my uncle fell through near the old boathouse a few winters ago and was lucky to get out.
        Reply
        Peter
        3 February 2024 at 11:03
        I went out there on skates in the afternoon and there were dozens of people on the ice, families with sledges and even a man selling hot chocolate from a little cart.
        Reply
        Leave a Reply
        Your email address will not be published. Required fields are marked *
        """;

    /// <summary>A standfirst, then a header line with a comment count and a prompt, a reply link, and the article.</summary>
    private const string StandfirstAboveCommentCount = """
        Home
        News
        Council approves the new harbour plan
        The council approved the plan for the harbour on Tuesday, after a debate that went on late into the night.
        By Jo Reed | 12 Comments | Leave a comment
        Reply
        The vote was close, with eleven councillors in favour and nine against, and the mayor had to use her casting vote on the last amendment about the height of the new warehouses.
        The plan allows new flats on the old quay and a ferry terminal at the northern end of the harbour, where the fishing boats are now moored.
        Fishermen who use the harbour say they were not asked about the move, and their association has written to the council to ask for a meeting before any building starts.
        Work on the first stage could begin next spring if the government agrees to pay for the new sea wall, which the council says it cannot afford on its own.
        """;

    public static TheoryData<string> Readers() => ["rules", "learnt"];

    private static TextCaptureReader Reader(string kind) => kind == "rules" ? new TextCaptureReader(null) : new TextCaptureReader(TextLineModel.Embedded);

    [Theory]
    [InlineData("7 reacties")]
    [InlineData("Reacties (3)")]
    [InlineData("Komentarze")]
    [InlineData("Kommentarer")]
    [InlineData("Kommentit 5")]
    [InlineData("Komentáře")]
    [InlineData("Yorumlar")]
    [InlineData("Комментарии")]
    [InlineData("Все комментарии")]
    [InlineData("Alle Kommentare »")]
    [InlineData("Tous les commentaires")]
    [InlineData("Comentários (4)")]
    [InlineData("Beantwoorden")]
    [InlineData("Odpowiedz")]
    [InlineData("Balas")]
    [InlineData("Ответить")]
    [InlineData("Geef een reactie")]
    [InlineData("Dodaj komentarz")]
    [InlineData("Lämna ett svar")]
    [InlineData("Tinggalkan Balasan")]
    [InlineData("Оставить комментарий")]
    [InlineData("Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *")]
    [InlineData("Twój adres e-mail nie zostanie opublikowany.")]
    [InlineData("Din e-postadress kommer inte publiceras.")]
    [InlineData("Alamat email Anda tidak akan dipublikasikan.")]
    [InlineData("Ваш адрес email не будет опубликован.")]
    public void Comment_headings_prompts_and_reply_links_of_other_languages_are_comment_lines(string line)
    {
        var c = new CaptureLines(line + "\n");

        Assert.True(BoilerplateMarkers.IsOtherLanguageCommentLine(c.Span(0), c.Features[0]));
    }

    [Theory]
    [InlineData("De reacties op het plan waren gemengd, zei de wethouder na afloop van de vergadering in het stadhuis.")]
    [InlineData("Svar")]
    [InlineData("Komentarz eksperta")]
    public void Prose_and_other_short_lines_are_no_comment_lines(string line)
    {
        var c = new CaptureLines(line + "\n");

        Assert.False(BoilerplateMarkers.IsOtherLanguageCommentLine(c.Span(0), c.Features[0]));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_short_report_above_a_dutch_comment_thread_keeps_the_report_and_no_comment(string kind)
    {
        var body = Reader(kind).Read(CaptureInput.FromText("brug.txt", DutchReportAboveThread), SourceRules.None).Article.BodyText;

        Assert.Contains("officieel geopend", body, StringComparison.Ordinal);
        Assert.Contains("het oude pontje", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Eindelijk is hij klaar", body, StringComparison.Ordinal);
        Assert.DoesNotContain("geen lampen", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Beantwoorden", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comment_section_of_a_dutch_thread_starts_at_its_count()
    {
        var c = new CaptureLines(DutchReportAboveThread);

        Assert.Equal(-1, BodyGuards.CommentSection(c)); // the section the model's features describe: not this one
        Assert.Equal("7 reacties", c.String(BodyGuards.CommentSection(c, wide: true)));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_one_line_post_above_a_thread_keeps_the_post_and_no_comment(string kind)
    {
        var body = Reader(kind).Read(CaptureInput.FromText("lake.txt", OneLinePostAboveThread), SourceRules.None).Article.BodyText;

        Assert.Contains("watch the sun come up", body, StringComparison.Ordinal);
        Assert.DoesNotContain("What a wonderful picture", body, StringComparison.Ordinal);
        Assert.DoesNotContain("hot chocolate", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comment_section_under_a_one_line_post_starts_at_its_count()
    {
        var c = new CaptureLines(OneLinePostAboveThread);

        Assert.Equal("Reply", c.String(BodyGuards.CommentSection(c))); // the model's section: after the first comment, read as the post's second line
        Assert.Equal("18 Comments", c.String(BodyGuards.CommentSection(c, wide: true)));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_comment_count_and_prompt_under_a_standfirst_start_no_comment_section(string kind)
    {
        var c = new CaptureLines(StandfirstAboveCommentCount);
        var body = Reader(kind).Read(CaptureInput.FromText("harbour.txt", StandfirstAboveCommentCount), SourceRules.None).Article.BodyText;

        Assert.Equal(-1, BodyGuards.CommentSection(c, wide: true));
        Assert.Contains("casting vote", body, StringComparison.Ordinal);
        Assert.Contains("cannot afford on its own", body, StringComparison.Ordinal);
    }
}
