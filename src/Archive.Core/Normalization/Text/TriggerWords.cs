using System.Buffers;
using System.Text;

namespace Archive.Core.Normalization.Text;

/// <summary>
/// A case-insensitive "does any of these words occur" check. Words with non-ASCII letters force .NET's slow
/// Unicode search for the whole set, yet they can only occur in a line that has non-ASCII characters itself;
/// so pure-ASCII lines (most of them) are searched for the ASCII words alone, with the vectorised search.
/// </summary>
internal sealed class TriggerWords
{
    private readonly SearchValues<string> _all;
    private readonly SearchValues<string> _ascii;

    public TriggerWords(string[] words)
    {
        _all = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
        _ascii = SearchValues.Create(words.Where(w => Ascii.IsValid(w)).ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether any word occurs in <paramref name="text"/>, ignoring case.</summary>
    public bool Occur(ReadOnlySpan<char> text) => text.IndexOfAny(Ascii.IsValid(text) ? _ascii : _all) >= 0;
}
