using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Stories;

/// <summary>
/// What story identity reads of one capture alone, whatever the rest of the archive holds: its URL key, publisher,
/// headline key, the body's shingles and hash, and the wire service its text names. Kept per article by
/// <see cref="StoryMemo"/>.
/// </summary>
internal sealed class StoryText
{
    private StoryText(Article article)
    {
        UrlKey = CanonicalUrl.Key(article.CanonicalUrl);
        Host = CanonicalUrl.HostOf(article.CanonicalUrl);
        Source = SourceKey(article.SourceName);
        TitleKey = TitleKeyOf(article.Title);
        TitleIsFileName = string.Equals(article.Title, System.IO.Path.GetFileNameWithoutExtension(article.SourcePath), StringComparison.Ordinal);
        PageSample = Ascending(article.PageSample);
        var body = article.BodyText;
        Shingles = Stories.Shingles.Sorted(body);
        BodyHash = HashOf(body);
        Wire = WireSource.Of(article);
        WireKey = SourceKey(Wire);
    }

    public static StoryText Of(Article article) => new(article);

    public string? UrlKey { get; }

    public string? Host { get; }

    /// <summary>The source name's letters and digits, lower-cased; null when it has none.</summary>
    public string? Source { get; }

    /// <summary>The headline's words, lower-cased; null when it has fewer than three.</summary>
    public string? TitleKey { get; }

    /// <summary>Whether the headline is only the file's name (a capture without a title of its own): no evidence of which story it tells.</summary>
    public bool TitleIsFileName { get; }

    /// <summary>A text dump's sample of its whole text's shingles (<see cref="Stories.PageSample"/>), ascending; empty for other captures.</summary>
    public ulong[] PageSample { get; }

    /// <summary>The body's distinct shingles, in ascending order.</summary>
    public ulong[] Shingles { get; }

    /// <summary>The wire's name as <see cref="Source"/> keys a source name; null when it names none.</summary>
    public string? WireKey { get; }

    /// <summary>Same body, same hash: an exact duplicate.</summary>
    public string? BodyHash { get; }

    /// <summary>The wire service the capture names as its origin (<see cref="WireSource.Of"/>).</summary>
    public string? Wire { get; }

    /// <summary>The sample as an ascending array: the article's own when it is one (as the reader makes it), else a sorted copy.</summary>
    private static ulong[] Ascending(IReadOnlyList<ulong> sample)
    {
        if (sample is ulong[] array && IsAscending(array))
        {
            return array;
        }

        var copy = sample.ToArray();
        Array.Sort(copy);
        return copy;

        static bool IsAscending(ulong[] values)
        {
            for (var i = 1; i < values.Length; i++)
            {
                if (values[i - 1] > values[i])
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static string HashOf(string body)
    {
        // The body's UTF-8 in a pooled buffer: bodies are tens of kilobytes, and the bytes are needed only here.
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(body.Length));
        try
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(body, bytes)), hash);
            return Convert.ToHexString(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static string? SourceKey(string? name)
    {
        var key = new string((name ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return key.Length == 0 ? null : key;
    }

    private static string? TitleKeyOf(string title)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(title.ToLowerInvariant(), @"[\p{L}\p{N}]+").Select(m => m.Value).ToList();
        return words.Count >= 3 ? string.Join(' ', words) : null;
    }
}
