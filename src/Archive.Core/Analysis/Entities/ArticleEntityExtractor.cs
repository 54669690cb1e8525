using Archive.Core.Analysis.Entities.Gazetteers;
using Archive.Core.Analysis.Entities.Kinds;
using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Analysis.Entities.Tagging;
using Archive.Core.Analysis.Entities.Text;
using Archive.Core.Model;
using Archive.Core.Text;

namespace Archive.Core.Analysis.Entities;

/// <summary>
/// Finds the people, places and organisations one article mentions: splits the title, standfirst, body
/// and captions into sentences and tokens, tags them as one document, cleans each mention (titles,
/// possessives, demonyms, weekdays), keeps from a text that is not English only mentions with evidence beyond
/// capitals (<see cref="ForeignTextFilter"/>), reads a table cell of capitalised words joined by "and" as one name
/// (<see cref="CellNames"/>), drops phrases the article itself writes in lower case
/// (<see cref="CommonPhrases"/>), takes none from a reference's author list (<see cref="AuthorLists"/>), splits an owner known on its own off a possessive name (<see cref="PossessiveOwners"/>)
/// and resolves short forms to full names within the article.
/// </summary>
public sealed class ArticleEntityExtractor(NerTagger tagger)
{
    private static readonly Lazy<ArticleEntityExtractor> s_default = new(() => new(NerTagger.Default));

    /// <summary>The extractor over the embedded model, created on first use.</summary>
    public static ArticleEntityExtractor Default => s_default.Value;

    public IReadOnlyList<EntityMention> Extract(Article article) => Analyse(article).Mentions;

    /// <summary>
    /// The article's entities, and the town names its language uses as common nouns (<see cref="ArticleEntities"/>):
    /// evidence the archive weighs across articles.
    /// </summary>
    public ArticleEntities Analyse(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = new List<string[]>();
        var forTagging = new List<IReadOnlyList<string>>();
        var headed = new List<bool>();
        var cells = new HashSet<int>(); // sentences that are a whole table cell
        foreach (var (text, heading, cell) in Texts(article))
        {
            var split = SentenceSplitter.SplitText(text);
            if (cell && split.Count == 1)
            {
                cells.Add(sentences.Count);
            }

            foreach (var sentence in split)
            {
                var tokens = new string[sentence.Count];
                for (var i = 0; i < tokens.Length; i++)
                {
                    tokens[i] = sentence[i].Text;
                }

                sentences.Add(tokens);
                forTagging.Add(TaggingForms(tokens, heading && IsTitleCase(tokens)));
                headed.Add(heading ? HeadingNames.IsCapitalised(tokens) : HeadingNames.IsTitleCaseLine(tokens));
            }
        }

        var labels = tagger.TagLabels(forTagging);
        var english = EnglishText.IsEnglish(sentences);
        var lowerCaseWords = english ? null : LowerCaseWords(sentences);
        var wordsAfterArticles = english ? null : ForeignTextFilter.WordsAfterArticles(sentences);
        var commonPhrases = new CommonPhrases(sentences, Gazetteer.Default);
        var headingNames = new HeadingNames(sentences, headed, Tokens(article.Byline));
        var acronyms = AcronymDefinitions.Find(sentences, english);
        var spans = new List<EntitySpan>();
        for (var s = 0; s < sentences.Count; s++)
        {
            if (AuthorLists.IsAuthorList(sentences[s], Gazetteer.Default))
            {
                continue;
            }

            var tagged = EntitySpans.FromLabels(sentences[s], labels[s], KindModel.Default).ToList();
            foreach (var span in (cells.Contains(s) ? CellNames.Join(sentences[s], tagged, Gazetteer.Default) : tagged).SelectMany(NameBreaks.Split))
            {
                if (EntityNameCleaner.Clean(span) is { } clean && (english || ForeignTextFilter.Keep(clean, Gazetteer.Default, lowerCaseWords!, wordsAfterArticles!))
                    && !commonPhrases.IsCommon(clean) && !(clean.Tokens.Count == 1 && acronyms.IsTerm(clean.Tokens[0]))
                    && (english ? headingNames.Kept(s, clean) : clean) is { } kept)
                {
                    spans.Add(kept);
                }
            }
        }

        var mentions = InArticleResolver.Resolve(PossessiveOwners.Split(spans, Gazetteer.Default), acronyms);
        var found = english
            ? new ArticleEntities(mentions, [], [])
            : new ArticleEntities(
                mentions.Select(m => m with { InForeignText = true }).ToList(),
                ForeignTextFilter.TownsAfter(ForeignTextFilter.OnlyArticles, sentences, Gazetteer.Default),
                ForeignTextFilter.TownsAfter(ForeignTextFilter.PlacePrepositions, sentences, Gazetteer.Default));
        return found with { AcronymTerms = acronyms.Terms };
    }

    private static string[][] Tokens(string? text) => string.IsNullOrWhiteSpace(text)
        ? []
        : SentenceSplitter.SplitText(text).Select(sentence => sentence.Select(t => t.Text).ToArray()).ToArray();

    private static HashSet<string> LowerCaseWords(List<string[]> sentences) =>
        sentences.SelectMany(s => s).Where(t => t.Length > 0 && char.IsLower(t[0])).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The tokens as the tagger should see them. A Title Case headline ("Kerry And Lavrov Fail To Agree")
    /// is shown in capitals: the training text has all-capitals headlines, never Title Case ones, and the
    /// tagger then leans on the body's spelling of each word.
    /// </summary>
    internal static string[] TaggingForms(string[] tokens, bool titleCase)
    {
        string[]? forms = null; // a copy only when some form differs
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var form = titleCase ? token.ToUpperInvariant() : TaggingForm(token);
            if (!ReferenceEquals(form, token))
            {
                forms ??= (string[])tokens.Clone();
                forms[i] = form;
            }
        }

        return forms ?? tokens;
    }

    // Forms the tagger knows better in the spelling of its Reuters training text ("US" reads as "us").
    private static string TaggingForm(string token) => token switch
    {
        "US" => "U.S.",
        "UN" => "U.N.",
        _ => token,
    };

    /// <summary>Most longer words capitalised: "Kerry And Lavrov Fail To Agree On Ukraine Plan".</summary>
    internal static bool IsTitleCase(IReadOnlyList<string> tokens)
    {
        var (words, capitalised) = LongWords(tokens);
        return words >= 3 && capitalised >= 0.8 * words;
    }

    /// <summary>The words of four letters or more, and how many of them are capitalised.</summary>
    internal static (int Words, int Capitalised) LongWords(IReadOnlyList<string> tokens)
    {
        var words = 0;
        var capitalised = 0;
        foreach (var t in tokens)
        {
            if (t.Length >= 4 && char.IsLetter(t[0]))
            {
                words++;
                capitalised += char.IsUpper(t[0]) ? 1 : 0;
            }
        }

        return (words, capitalised);
    }

    /// <summary>The article's texts to tag, each with whether it is a heading and whether it is one cell of a table row.</summary>
    private static IEnumerable<(string Text, bool Heading, bool Cell)> Texts(Article article)
    {
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            yield return (article.Title, true, false);
        }

        if (!string.IsNullOrWhiteSpace(article.Standfirst))
        {
            yield return (article.Standfirst, false, false);
        }

        foreach (var block in article.Body)
        {
            // A table row's cells are read apart: a name never runs from one cell into the next.
            foreach (var cell in TableCells.Split(block.Text, block.Cells))
            {
                yield return (cell, block.Kind == BlockKind.Heading, block.Cells is { Count: > 0 });
            }
        }

        foreach (var caption in article.Captions)
        {
            yield return (caption, false, false);
        }
    }
}
