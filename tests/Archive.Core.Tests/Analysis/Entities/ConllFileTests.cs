using Archive.Core.Analysis.Entities.Conll;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class ConllFileTests
{
    private static readonly string[] s_lines =
    [
        "-DOCSTART- -X- O O",
        "",
        "EU NNP B-NP B-ORG",
        "rejects VBZ B-VP O",
        "",
        "Peter NNP B-NP B-PER",
        "Blackburn NNP I-NP I-PER",
        "",
        "-DOCSTART- -X- O O",
        "",
        "BRUSSELS NNP B-NP B-LOC",
    ];

    [Fact]
    public void Docstart_and_blank_lines_pass_through_and_token_lines_get_one_more_column()
    {
        var file = ConllFile.Parse(s_lines);
        var tags = file.Sentences.Select(s => (IReadOnlyList<string>)s.Tokens.Select(_ => "O").ToArray()).ToList();
        var writer = new StringWriter();

        file.Write(writer, tags);

        var output = writer.ToString().Split('\n');
        Assert.Equal(s_lines.Length + 1, output.Length);
        Assert.Equal("-DOCSTART- -X- O O", output[0]);
        Assert.Equal("", output[1]);
        Assert.Equal("EU NNP B-NP B-ORG O", output[2]);
        Assert.Equal("Blackburn NNP I-NP I-PER O", output[6]);
        Assert.Equal("-DOCSTART- -X- O O", output[8]);
        Assert.Equal("BRUSSELS NNP B-NP B-LOC O", output[10]);
    }

    [Fact]
    public void Only_the_first_column_is_a_token_and_the_last_is_the_gold_tag()
    {
        var file = ConllFile.Parse(s_lines);

        var first = file.Sentences.First();

        Assert.Equal(["EU", "rejects"], first.Tokens);
        Assert.Equal(["B-ORG", "O"], first.Tags);
    }

    [Fact]
    public void Docstart_lines_separate_documents()
    {
        var file = ConllFile.Parse(s_lines);

        Assert.Equal(2, file.Documents.Count);
        Assert.Equal(2, file.Documents[0].Sentences.Count);
    }

    [Fact]
    public void Without_docstart_a_document_starts_at_the_headline_before_a_dateline()
    {
        string[] lines =
        [
            "CRICKET", "-", "RESULTS", "", "LONDON", "1996-08-30", "", "Essex", "won", ".", "",
            "SOCCER", "-", "SCORES", "", "PARIS", "1996-08-30", "", "Lyon", "lost", ".",
        ];

        var file = ConllFile.Parse(lines);

        Assert.Equal(2, file.Documents.Count);
        Assert.Equal("SOCCER", file.Documents[1].Sentences[0].Tokens[0]);
    }

    [Fact]
    public void A_token_only_file_has_no_gold_tags()
    {
        var file = ConllFile.Parse(["Kerry", "spoke", "", "Lavrov"]);

        Assert.All(file.Sentences.SelectMany(s => s.Tags), t => Assert.Null(t));
        Assert.Equal(2, file.Sentences.Count());
    }
}
