using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// A tagged mention: its tokens as found, its kind, and the class the kind model (<see cref="Kinds.KindModel"/>) reads
/// it as (<paramref name="Reading"/>: person, organisation, place or a product, work or event; -1 when not read). An
/// organisation followed by a model number is read as a product whatever the model says (<see cref="ModelNumbers"/>).
/// </summary>
internal sealed record EntitySpan(IReadOnlyList<string> Tokens, EntityKind Kind, int Reading = -1)
{
    /// <summary>The tokens joined by spaces, a possessive kept on its word ("People's Daily").</summary>
    public string Text
    {
        get
        {
            var builder = new System.Text.StringBuilder();
            foreach (var token in Tokens)
            {
                if (builder.Length > 0 && token is not ("'s" or "'S" or "'"))
                {
                    builder.Append(' ');
                }

                builder.Append(token);
            }

            return builder.ToString();
        }
    }
}
