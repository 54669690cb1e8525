using Archive.Core.Analysis.Entities.Kinds;
using Archive.Core.Analysis.Entities.Tagging;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Reads PER, ORG and LOC spans off IOB2 labels (<see cref="NerLabels"/>; MISC spans are not site entities); with a
/// <see cref="KindModel"/>, each span notes what kind of name that model reads it as.
/// </summary>
internal static class EntitySpans
{
    public static IEnumerable<EntitySpan> FromLabels(string[] tokens, int[] labels, KindModel? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(labels);
        var start = -1;
        var type = 0;
        for (var i = 0; i <= tokens.Length; i++)
        {
            var label = i < tokens.Length ? labels[i] : NerLabels.Outside;
            var continues = start >= 0 && NerLabels.IsInside(label) && NerLabels.TypeOf(label) == type;
            if (start >= 0 && !continues)
            {
                if (KindOf(type) is { } kind)
                {
                    yield return new EntitySpan(tokens[start..i], kind, kinds?.Classify(tokens, start, i) ?? -1);
                }

                start = -1;
                type = 0;
            }

            if (label != NerLabels.Outside && !continues)
            {
                start = i;
                type = NerLabels.TypeOf(label);
            }
        }
    }

    private static EntityKind? KindOf(int type) => type switch
    {
        1 => EntityKind.Person,
        2 => EntityKind.Organisation,
        3 => EntityKind.Place,
        _ => null,
    };
}
