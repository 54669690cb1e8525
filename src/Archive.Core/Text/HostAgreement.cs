using System.Globalization;
using System.Text;

namespace Archive.Core.Text;

/// <summary>How closely a name a page claims matches the host that serves it.</summary>
internal enum HostMatch
{
    /// <summary>The name says nothing about the host ("U.S.", "Big Holding Communications" on example.com).</summary>
    None,

    /// <summary>
    /// The host's name within more, or the host's name is made from the name's words: "Example News" or "Daily
    /// Example" on example.com, "Example Broadcasting Company" on ebc.com, "Los Angeles Times" on latimes.com. A name
    /// without Latin letters ("24 Канал") cannot be compared with a host and counts here too.
    /// </summary>
    Partial,

    /// <summary>The host's name itself: "Example", "The Example", "example.com" on www.example.com.</summary>
    Exact,
}

/// <summary>
/// Compares a publisher name with a host by letters and digits only (case, accents, spaces, punctuation and a
/// leading "The" do not matter; "ü" may be "ue") against the label that names the host's registrable domain
/// ("example" of news.example.co.uk) and that domain.
/// </summary>
internal static class HostAgreement
{
    // Letters a host may add after the name's own: "dailyexamplenews", "examplemag", "exampleng".
    private const int MaxTail = 4;

    // Archive-wide steps ask about the same few thousand (name, host) pairs for every article, and a preview asks again on
    // every rebuild; the answer is a pure function of the pair. Emptied when it grows past what one archive could need.
    private const int MaxRemembered = 1 << 19;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Name, string Host), HostMatch> Remembered = new();
    private static int s_remembered;

    public static HostMatch Of(string? name, string? host)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(host))
        {
            return HostMatch.None;
        }

        if (Remembered.TryGetValue((name, host), out var known))
        {
            return known;
        }

        // Counted apart: a ConcurrentDictionary's Count takes every one of its locks.
        if (Interlocked.Increment(ref s_remembered) > MaxRemembered)
        {
            Remembered.Clear();
            Interlocked.Exchange(ref s_remembered, 0);
        }

        return Remembered[(name, host)] = Compare(name, host);
    }

    private static HostMatch Compare(string name, string host)
    {

        if (!name.Any(char.IsAsciiLetter))
        {
            return name.Any(char.IsLetter) ? HostMatch.Partial : HostMatch.None;
        }

        var registrable = HostName.Registrable(host);
        var label = Key(HostName.Label(registrable));
        string[] exact = [label, Key(registrable)];
        var bare = name.TrimStart().StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name.TrimStart()[4..] : name;
        string[] keys = [Key(name), Key(bare), Key(Expand(name)), Key(Expand(bare))];
        if (keys.Any(exact.Contains))
        {
            return HostMatch.Exact;
        }

        var words = Words(name);
        var partial = label.Length >= 3
            && (keys.Any(k => k.StartsWith(label, StringComparison.Ordinal) || (k.Length >= 4 && label.StartsWith(k, StringComparison.Ordinal)))
                || words.Contains(label)
                || Abbreviates(label, 0, words, 0, used: 0));
        return partial ? HostMatch.Partial : HostMatch.None;
    }

    /// <summary>Whether <paramref name="name"/> is the label that names the host's domain: "Example" for news.example.com.</summary>
    public static bool IsHostLabel(string name, string host) => Key(name) == Key(HostName.Label(HostName.Registrable(host)));

    /// <summary>Letters and digits, lower-cased, accents removed: "Libération" → "liberation", "the-news.com" → "thenewscom".</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // How German hosts spell umlauts: "Übermedien" → uebermedien.de.
    private static string Expand(string name) =>
        name.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal)
            .Replace("Ä", "Ae", StringComparison.Ordinal).Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal);

    private static List<string> Words(string name) =>
        name.Split((char[])[' ', '-', '.', ',', '|', ':', '/', '&', '!', '\'', '’', '(', ')', '•', '–', '—'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Key).Where(w => w.Length > 0).Take(12).ToList();

    /// <summary>
    /// Whether <paramref name="label"/> from <paramref name="at"/> is made of the beginnings of two or more of the
    /// name's words, in order, some skipped ("latimes" from "Los Angeles Times", "nbcdfw" from "NBC 5 Dallas-Fort
    /// Worth"), then at most <see cref="MaxTail"/> more letters and no more than half as many as it took from the words.
    /// </summary>
    private static bool Abbreviates(string label, int at, List<string> words, int word, int used)
    {
        var tail = label.Length - at;
        if (used >= 2 && at >= 3 && tail <= Math.Min(MaxTail, at / 2))
        {
            return true;
        }

        for (var w = word; w < words.Count && at < label.Length; w++)
        {
            var candidate = words[w];
            for (var length = Math.Min(candidate.Length, label.Length - at); length >= 1; length--)
            {
                if (string.CompareOrdinal(candidate, 0, label, at, length) == 0 && Abbreviates(label, at + length, words, w + 1, used + 1))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
