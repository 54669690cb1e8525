namespace Archive.Core.Analysis.Entities.Conll;

/// <summary>
/// A CoNLL file kept line for line: token lines (token in the first column), blank lines between
/// sentences and <c>-DOCSTART-</c> lines. Only the first column is used as input; the last column is
/// read as a gold tag for training. Writing appends one predicted tag to each token line and leaves
/// every other line unchanged.
/// </summary>
internal sealed class ConllFile
{
    private const string DocStart = "-DOCSTART-";

    private ConllFile(IReadOnlyList<string> lines, IReadOnlyList<ConllDocument> documents)
    {
        Lines = lines;
        Documents = documents;
    }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<ConllDocument> Documents { get; }

    public IEnumerable<ConllSentence> Sentences => Documents.SelectMany(d => d.Sentences);

    public static ConllFile Read(string path) => Parse(File.ReadAllLines(path));

    public static ConllFile Parse(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var sentences = new List<ConllSentence>();
        var docStarts = new List<int>();
        var tokens = new List<string>();
        var tags = new List<string?>();
        var lineNumbers = new List<int>();
        var hasDocStart = false;

        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new ConllSentence(tokens.ToArray(), tags.ToArray(), lineNumbers.ToArray()));
                tokens.Clear();
                tags.Clear();
                lineNumbers.Clear();
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith(DocStart, StringComparison.Ordinal))
            {
                Flush();
                hasDocStart = true;
                docStarts.Add(sentences.Count);
                continue;
            }

            var columns = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
            {
                Flush();
                continue;
            }

            tokens.Add(columns[0]);
            tags.Add(columns.Length > 1 ? columns[^1] : null);
            lineNumbers.Add(i);
        }

        Flush();
        var starts = hasDocStart ? docStarts : DocumentSplitter.FindStarts(sentences.Select(s => s.Tokens).ToList());
        return new ConllFile(lines, Group(sentences, starts));
    }

    /// <summary>Writes every line, with <paramref name="tags"/> (one array per sentence, in order) appended to token lines.</summary>
    public void Write(TextWriter writer, IReadOnlyList<IReadOnlyList<string>> tags)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tags);
        var byLine = new string?[Lines.Count];
        var index = 0;
        foreach (var sentence in Sentences)
        {
            var sentenceTags = tags[index++];
            for (var t = 0; t < sentence.Lines.Count; t++)
            {
                byLine[sentence.Lines[t]] = sentenceTags[t];
            }
        }

        for (var i = 0; i < Lines.Count; i++)
        {
            if (byLine[i] is { } tag)
            {
                writer.Write(Lines[i].TrimEnd());
                writer.Write(' ');
                writer.Write(tag);
                writer.Write('\n');
            }
            else
            {
                writer.Write(Lines[i]);
                writer.Write('\n');
            }
        }
    }

    private static List<ConllDocument> Group(List<ConllSentence> sentences, IReadOnlyList<int> starts)
    {
        var documents = new List<ConllDocument>();
        var bounds = starts.Where(s => s > 0 && s < sentences.Count).Distinct().Order().ToList();
        bounds.Insert(0, 0);
        bounds.Add(sentences.Count);
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            if (bounds[i + 1] > bounds[i])
            {
                documents.Add(new ConllDocument(sentences.GetRange(bounds[i], bounds[i + 1] - bounds[i])));
            }
        }

        return documents;
    }
}
