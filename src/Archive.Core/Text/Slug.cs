using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Archive.Core.Text;

/// <summary>
/// URL slugs: ASCII, lower-case, letters, digits and single hyphens, never empty, never '.' or '..',
/// so a slug can never escape the output folder. Text with no ASCII letters (Arabic, CJK, emoji) gets a
/// stable short hash so that it still has a readable, unique address.
/// </summary>
public static class Slug
{
    public const int MaxLength = 80;

    // Slugs are asked for again and again (every term of every article, each time the archive index is
    // grouped); remembering them keeps incremental rebuilds fast. Bounded: cleared when it grows past the limit.
    private const int MemoLimit = 500_000;
    // Counted here, not with Memo.Count, which takes every one of the dictionary's locks (up to 1,024): asked
    // on each new slug, that serialised the threads and was most of the cost of grouping the archive index.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Text, string Prefix), string> Memo = new();
    private static int s_memoCount;

    public static string Of(string? text, string fallbackPrefix = "item")
    {
        var key = (text ?? "", fallbackPrefix ?? "item");
        if (Memo.TryGetValue(key, out var known))
        {
            return known;
        }

        if (Interlocked.Increment(ref s_memoCount) > MemoLimit)
        {
            Memo.Clear();
            Interlocked.Exchange(ref s_memoCount, 1);
        }

        return Memo[key] = Compute(key.Item1, key.Item2);
    }

    private static string Compute(string text, string fallbackPrefix)
    {
        var value = text;
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(Math.Min(decomposed.Length, MaxLength + 1));
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (builder.Length >= MaxLength)
            {
                break;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var mapped = Transliterate(c);
            if (mapped is not null)
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(mapped);
            }
            else if (c is not '\'' and not '’')
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].Trim('-');
        }

        return slug.Length > 0 ? slug : $"{fallbackPrefix}-{ShortHash(value)}";
    }

    public static string ShortHash(string value)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }

    private static string? Transliterate(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c).ToString(),
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'ø' or 'Ø' => "o",
        'œ' or 'Œ' => "oe",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' => "d",
        'þ' or 'Þ' => "th",
        '&' => "and",
        _ => null,
    };
}
