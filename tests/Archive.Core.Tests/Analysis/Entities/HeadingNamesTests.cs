using Archive.Core.Analysis.Entities;
using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Entities;

/// <summary>Names in headings and Title Case lines stand only when the article's running text writes them.</summary>
public sealed class HeadingNamesTests
{
    // Invented running text about a city council vote, long enough to be read as English.
    private static readonly Block[] s_running =
    [
        new(BlockKind.Paragraph, "The city council voted on Tuesday to close the old library, after a debate that lasted more than four hours."),
        new(BlockKind.Paragraph, "Mayor Helen Barrow said the building would be sold and the money spent on the new school, which opens in the spring."),
    ];

    private static IReadOnlyList<string> Names(Article article) =>
        ArticleEntityExtractor.Default.Extract(article).Select(e => e.Name).ToList();

    [Fact]
    public void A_title_case_line_of_linked_headlines_gives_no_names_the_text_does_not_write()
    {
        var article = new Article
        {
            SourcePath = "links.txt",
            Title = "Council closes the old library",
            Body =
            [
                .. s_running,
                new Block(BlockKind.Paragraph, "Residents Demand Answers In Wake Of Library Closure (Gazette)"),
                new Block(BlockKind.Paragraph, "Teachers Rally Behind School Funding Plan As Vote Nears (Gazette)"),
            ],
        };

        var names = Names(article);

        Assert.Contains("Helen Barrow", names);
        Assert.DoesNotContain(names, n => n.Contains("Residents", StringComparison.Ordinal) || n.Contains("Teachers", StringComparison.Ordinal)
            || n.Contains("Demand", StringComparison.Ordinal) || n.Contains("Rally", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_verb_run_into_a_name_is_cut_back_to_the_name_the_text_writes()
    {
        var article = new Article
        {
            SourcePath = "headline.txt",
            Title = "Why Can't Helen Barrow Close Her Own Library? It's Complicated",
            Body = s_running,
        };

        var names = Names(article);

        Assert.Contains("Helen Barrow", names);
        Assert.DoesNotContain(names, n => n.Contains("Close", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_in_capitals_gives_no_phrase_as_a_name()
    {
        var article = new Article
        {
            SourcePath = "heading.txt",
            Title = "Council closes the old library",
            Body = [s_running[0], new Block(BlockKind.Heading, "Power and Performance"), s_running[1]],
        };

        Assert.DoesNotContain(Names(article), n => n.Contains("Power", StringComparison.Ordinal) || n.Contains("Performance", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_of_names_is_not_a_title_case_line_and_a_byline_vouches_for_its_heading()
    {
        var article = new Article
        {
            SourcePath = "names.txt",
            Title = "Council closes the old library",
            Byline = "Cassie Morton",
            Body =
            [
                new Block(BlockKind.Heading, "By Cassie Morton"),
                .. s_running,
                new Block(BlockKind.Paragraph, "Speakers: Robert Allen, Maria Gomez, The Riverside Trust, Frank Osborne"),
            ],
        };

        var names = Names(article);

        Assert.Contains("Cassie Morton", names);
        Assert.Contains("Robert Allen", names);
        Assert.Contains("Frank Osborne", names);
    }

    [Theory]
    [InlineData("Residents Demand Answers In Wake Of Library Closure", true)]
    [InlineData("Robert Allen, Maria Gomez, The Riverside Trust, Frank Osborne", false)]
    [InlineData("The council voted to close the library", false)]
    public void A_title_case_line_capitalises_a_function_word_past_its_first(string line, bool expected)
    {
        Assert.Equal(expected, HeadingNames.IsTitleCaseLine(line.Split(' ')));
    }
}
