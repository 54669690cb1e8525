namespace Archive.Core.Analysis.Sources;

/// <summary>
/// Names that mean one publisher: a small built-in table of agencies and broadcasters known by an acronym and
/// a full name, plus site.yml's <c>source_aliases</c> (variant → preferred), which win. Names are compared by
/// <see cref="Key"/>: case, punctuation, spacing and a leading "The" do not matter.
/// </summary>
internal sealed class SourceAliases
{
    private static readonly (string Variant, string Preferred)[] s_builtIn =
    [
        ("AP", "Associated Press"),
        ("AP News", "Associated Press"),
        ("AFP", "Agence France-Presse"),
        ("Cable News Network", "CNN"),
        ("British Broadcasting Corporation", "BBC"),
        ("UPI", "United Press International"),
    ];

    private readonly Dictionary<string, string> _preferred = new(StringComparer.Ordinal);

    public SourceAliases(IReadOnlyDictionary<string, string>? siteAliases)
    {
        foreach (var (variant, preferred) in s_builtIn)
        {
            _preferred[Key(variant)] = preferred;
        }

        foreach (var (variant, preferred) in siteAliases ?? new Dictionary<string, string>())
        {
            if (!string.IsNullOrWhiteSpace(preferred))
            {
                _preferred[Key(variant)] = preferred.Trim();
            }
        }
    }

    /// <summary>The preferred name for <paramref name="name"/>, or the name itself.</summary>
    public string Resolve(string name) => _preferred.GetValueOrDefault(Key(name)) ?? name;

    /// <summary>Letters and digits, lower-cased, without a leading "the": "The Associated Press" and "associated-press" are one key.</summary>
    public static string Key(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }

        return string.Concat(trimmed.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
    }
}
