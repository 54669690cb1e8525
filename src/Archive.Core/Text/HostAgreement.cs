using System.Globalization;
using System.Text;

namespace Archive.Core.Text;

/// <summary>How closely a name a page claims matches the host that serves it.</summary>
internal enum HostMatch
{
    /// <summary>The name says nothing about the host ("U.S.", "Big Holding Communications" on example.com).</summary>
    None,

    /// <summary>The host's name plus more, or its initials: "Example News", "Example Broadcasting Company" on ebc.com.</summary>
    Partial,

    /// <summary>The host's name itself: "Example", "The Example", "example.com" on www.example.com.</summary>
    Exact,
}

/// <summary>
/// Compares a publisher name with a host by letters and digits only (case, accents, spaces, punctuation and a
/// leading "The" do not matter) against the label that names the host's registrable domain ("example" of news.example.co.uk) and that domain.
/// </summary>
internal static class HostAgreement
{
    public static HostMatch Of(string? name, string? host)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(host))
        {
            return HostMatch.None;
        }

        var registrable = HostName.Registrable(host);
        var label = Key(HostName.Label(registrable));
        string[] exact = [label, Key(registrable)];
        var full = Key(name);
        var withoutThe = name.TrimStart().StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? Key(name.TrimStart()[4..]) : full;
        if (full.Length == 0)
        {
            return HostMatch.None;
        }

        if (exact.Contains(full) || exact.Contains(withoutThe))
        {
            return HostMatch.Exact;
        }

        var initials = Initials(name);
        return (label.Length >= 3 && (full.StartsWith(label, StringComparison.Ordinal) || withoutThe.StartsWith(label, StringComparison.Ordinal)))
            || (initials.Length >= 2 && initials == label)
            ? HostMatch.Partial
            : HostMatch.None;
    }

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

    // "Example Broadcasting Company" → "ebc"; one word has no initials.
    private static string Initials(string name)
    {
        var words = name.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        return words.Count >= 2 ? Key(string.Concat(words.Select(w => w[0]))) : "";
    }
}
