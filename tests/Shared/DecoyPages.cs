using System.Text;

namespace Archive.Testing;

/// <summary>
/// Synthetic saved pages for the HTML scoring tests: an article of long paragraphs without commas, and beside it (in a
/// section of its own, never merged with it) a box of short comma-heavy lines of 28 characters that the built-in values
/// score higher. Counting only paragraphs of 31 characters or more (<c>min-paragraph-length</c>) finds the article.
/// </summary>
internal static class DecoyPages
{
    private static readonly string[] Nouns = ["river", "council", "bridge", "harbour", "market", "school", "orchard", "station", "library", "quarry", "meadow", "tower"];
    private static readonly string[] Verbs = ["opened", "closed", "rebuilt", "measured", "painted", "guarded", "crossed", "visited", "mapped", "cleared"];

    /// <summary>The article's paragraphs of page <paramref name="n"/> (six of 260 to 299 characters, no comma).</summary>
    public static IReadOnlyList<string> Article(int n)
    {
        var paragraphs = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var text = new StringBuilder();
            var k = 0;
            while (text.Length < 262)
            {
                var word = Nouns[((n * 7) + (i * 3) + k) % Nouns.Length];
                text.Append(k == 0 ? "The " : " and then the ").Append(word).Append(' ').Append(Verbs[((n * 5) + i + k) % Verbs.Length]);
                k++;
            }

            paragraphs.Add(text.Append('.').ToString());
        }

        return paragraphs;
    }

    /// <summary>Page <paramref name="n"/>: the article in one section, eight comma-heavy short lines in another.</summary>
    public static string Html(int n)
    {
        var article = string.Concat(Article(n).Select(p => $"<p>{p}</p>"));
        var decoy = string.Concat(Enumerable.Range(0, 8).Select(i => $"<p>{Nouns[(n + i) % Nouns.Length][..3]}s, figs, plums, and more.</p>"));
        return $"<!DOCTYPE html><html><head><title>Page {n}</title></head><body><section><div><div>{article}</div></div></section><section><div><div>{decoy}</div></div></section></body></html>";
    }
}
