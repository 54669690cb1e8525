using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Analysis.Entities.Tagging;
using Archive.Core.Analysis.Entities.Text;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities;

/// <summary>
/// Finds the people, places and organisations one article mentions: splits the title, standfirst, body
/// and captions into sentences and tokens, tags them as one document, cleans each mention (titles,
/// possessives, demonyms, weekdays) and resolves short forms to full names within the article.
/// </summary>
public sealed class ArticleEntityExtractor(NerTagger tagger)
{
    // Forms the tagger knows better in the spelling of its Reuters training text ("US" reads as "us").
    private static readonly Dictionary<string, string> s_taggingForms = new(StringComparer.Ordinal)
    {
        ["US"] = "U.S.",
        ["UN"] = "U.N.",
    };

    public static ArticleEntityExtractor Default { get; } = new(NerTagger.Default);

    public IReadOnlyList<EntityMention> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var text in Texts(article))
        {
            foreach (var sentence in SentenceSplitter.SplitText(text))
            {
                sentences.Add(sentence.Select(t => t.Text).ToArray());
            }
        }

        var tags = tagger.TagDocument(sentences.Select(s => s.Select(t => s_taggingForms.GetValueOrDefault(t, t)).ToArray()).ToList());
        var spans = new List<EntitySpan>();
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var span in EntitySpans.FromTags(sentences[s], tags[s]))
            {
                if (EntityNameCleaner.Clean(span) is { } clean)
                {
                    spans.Add(clean);
                }
            }
        }

        return InArticleResolver.Resolve(spans);
    }

    private static IEnumerable<string> Texts(Article article)
    {
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            yield return article.Title;
        }

        if (!string.IsNullOrWhiteSpace(article.Standfirst))
        {
            yield return article.Standfirst;
        }

        foreach (var block in article.Body)
        {
            yield return block.Text;
        }

        foreach (var caption in article.Captions)
        {
            yield return caption;
        }
    }
}
