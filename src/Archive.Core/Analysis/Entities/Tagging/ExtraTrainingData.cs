namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// Reads extra training text in WNUT-2017's CoNLL layout (token, tab, tag; sentences split by blank lines; types
/// person, location, group, corporation, product, creative-work) into the tagger's four types: products and
/// creative works are MISC, what the site keeps off its person, place and organisation pages; groups and
/// corporations are ORG. Each sentence is a document of its own: the posts are unrelated.
/// </summary>
internal static class ExtraTrainingData
{
    public static List<IReadOnlyList<TrainingSentence>> Read(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var documents = new List<IReadOnlyList<TrainingSentence>>();
        var tokens = new List<string>();
        var labels = new List<int>();
        void Flush()
        {
            if (tokens.Count > 0)
            {
                var array = labels.ToArray();
                NerLabels.ToIob2(array);
                documents.Add([new TrainingSentence(tokens.ToArray(), array)]);
                tokens.Clear();
                labels.Clear();
            }
        }

        foreach (var line in lines)
        {
            var columns = line.Split('\t', ' ');
            if (line.Trim().Length == 0 || columns.Length < 2)
            {
                Flush();
                continue;
            }

            tokens.Add(columns[0]);
            labels.Add(NerLabels.Parse(Map(columns[^1])));
        }

        Flush();
        return documents;
    }

    /// <summary>A WNUT tag ("B-creative-work") as a CoNLL tag ("B-MISC").</summary>
    internal static string Map(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-')
        {
            return "O";
        }

        var type = tag[2..] switch
        {
            "person" => "PER",
            "location" => "LOC",
            "group" or "corporation" => "ORG",
            "product" or "creative-work" => "MISC",
            _ => null,
        };
        return type is null ? "O" : $"{tag[0]}-{type}";
    }
}
