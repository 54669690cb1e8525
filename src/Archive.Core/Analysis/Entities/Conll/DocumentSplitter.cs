using System.Text.RegularExpressions;

namespace Archive.Core.Analysis.Entities.Conll;

/// <summary>
/// Finds document boundaries in a CoNLL file that has no <c>-DOCSTART-</c> lines: a news story opens with
/// a headline followed by a short dateline such as <c>LONDON 1996-08-30</c>, so a document starts at the
/// sentence before each dateline.
/// </summary>
internal static partial class DocumentSplitter
{
    public static IReadOnlyList<int> FindStarts(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var starts = new List<int>();
        for (var i = 1; i < sentences.Count; i++)
        {
            var tokens = sentences[i];
            if (tokens.Count <= 6 && IsoDate().IsMatch(tokens[^1]))
            {
                starts.Add(i - 1);
            }
        }

        return starts;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
