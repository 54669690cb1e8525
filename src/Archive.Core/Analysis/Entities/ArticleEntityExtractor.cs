using Archive.Core.Analysis.Entities.Tagging;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities;

/// <summary>Finds the entities one article mentions and resolves them within the article.</summary>
public sealed class ArticleEntityExtractor(NerTagger tagger)
{
    public static ArticleEntityExtractor Default { get; } = new(NerTagger.Default);

    public IReadOnlyList<EntityMention> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in article.Body)
        {
            var tokens = block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.Trim('"', '\'', ',', '.', ':', ';', '(', ')'))
                .Where(t => t.Length > 0)
                .ToList();
            var tags = tagger.Tag(tokens);
            var current = new List<string>();
            for (var i = 0; i <= tokens.Count; i++)
            {
                var tag = i < tokens.Count ? tags[i] : "O";
                if ((tag == "O" || tag.StartsWith("B-", StringComparison.Ordinal)) && current.Count > 0)
                {
                    var name = string.Join(' ', current);
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                    current.Clear();
                }

                if (tag != "O")
                {
                    current.Add(tokens[i]);
                }
            }
        }

        return counts
            .Where(kv => kv.Value > 1)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new EntityMention(kv.Key, EntityKind.Organisation, kv.Value, []))
            .ToList();
    }
}
