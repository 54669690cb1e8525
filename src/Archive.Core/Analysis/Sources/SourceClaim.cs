using Archive.Core.Model;
using Archive.Core.Text;

namespace Archive.Core.Analysis.Sources;

/// <summary>
/// What one capture says about its publisher: the host that served it (null for a text dump without an address),
/// the name it gives, cleaned and mapped through the aliases, and whether that name came from a copyright line
/// (<see cref="SourceNameCleaner.IsCopyrightLine"/>), which names an owner rather than a masthead.
/// </summary>
internal readonly record struct SourceClaim(string? Host, string? Name, bool FromCopyright)
{
    public static SourceClaim Of(Article article, SourceAliases aliases) =>
        new(
            HostName.OfUrl(article.CanonicalUrl),
            SourceNameCleaner.Clean(article.SourceName) is { } name ? aliases.Resolve(name) : null,
            SourceNameCleaner.IsCopyrightLine(article.SourceName));
}
