namespace Archive.Core.Analysis.Stories;

/// <summary>
/// A bottom-k sample of a whole page's shingles: the <see cref="Size"/> lowest shingle hashes of its text, in
/// ascending order. Every shingle of the page whose hash is at most the sample's largest value is in the sample (all of
/// them when the page has fewer than <see cref="Size"/>), so the share of a body's shingles under that value found in
/// the sample estimates how much of the body the page holds, whatever else the page carries. A text dump keeps one
/// (<c>Article.PageSample</c>): when its reader kept the wrong block as the body, the saved page of the same story is
/// still found in the dump's whole text.
/// </summary>
public static class PageSample
{
    /// <summary>
    /// Hashes kept. 256 bounds a dump's cache entry to a few kilobytes; a page of 2,000 shingles is then sampled one
    /// in eight, so a saved page's body of 100 shingles has about a dozen under the sample's limit to be checked.
    /// </summary>
    public const int Size = 256;

    public static ulong[] Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var all = Shingles.Sorted(text);
        return all.Length <= Size ? all : all[..Size];
    }

    /// <summary>The largest hash a sample speaks for: its last value when full, any value when it holds the whole page.</summary>
    internal static ulong Limit(ulong[] sample) => sample.Length < Size ? ulong.MaxValue : sample[^1];

    /// <summary>
    /// How many of <paramref name="body"/>'s shingles (ascending) fall under the sample's limit, and how many of those
    /// the sample holds, by one merge pass.
    /// </summary>
    internal static (int Sampled, int Held) Compare(ulong[] body, ulong[] sample)
    {
        var limit = Limit(sample);
        int i = 0, j = 0, held = 0;
        while (i < body.Length && body[i] <= limit)
        {
            while (j < sample.Length && sample[j] < body[i])
            {
                j++;
            }

            if (j < sample.Length && sample[j] == body[i])
            {
                held++;
            }

            i++;
        }

        return (i, held);
    }
}
