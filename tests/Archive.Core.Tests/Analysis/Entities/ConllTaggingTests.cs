using Archive.Core.Analysis.Entities.Conll;
using Archive.Core.Analysis.Entities.Tagging;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class ConllTaggingTests
{
    [Fact]
    public void Tagging_a_file_keeps_every_line_and_appends_one_valid_tag_to_each_token_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path,
            [
                "-DOCSTART- -X- -X- O", "",
                "John NNP B-NP B-PER", "Kerry NNP I-NP I-PER", "flew VBD B-VP O", "to TO B-PP O", "Paris NNP B-NP B-LOC", ". . O O", "",
                "Kerry", "met", "Lavrov", ".",
            ]);
            var output = new StringWriter();

            ConllTagging.TagFile(NerTagger.Default, path, output);

            var lines = output.ToString().TrimEnd('\n').Split('\n');
            Assert.Equal(13, lines.Length);
            Assert.Equal("-DOCSTART- -X- -X- O", lines[0]);
            Assert.Equal("", lines[1]);
            Assert.StartsWith("John NNP B-NP B-PER ", lines[2], StringComparison.Ordinal);
            Assert.Equal("", lines[8]);
            Assert.All(lines.Where(l => l.Length > 0 && !l.StartsWith("-DOCSTART-", StringComparison.Ordinal)),
                l => Assert.Contains(l.Split(' ')[^1], NerLabels.Names));
            Assert.Equal("Paris NNP B-NP B-LOC B-LOC", lines[6]);
            Assert.Equal("Kerry B-PER", lines[9]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
