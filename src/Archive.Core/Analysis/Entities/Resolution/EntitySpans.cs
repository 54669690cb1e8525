using Archive.Core.Analysis.Entities.Kinds;
using Archive.Core.Analysis.Entities.Tagging;
using Archive.Core.Model;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Reads PER, ORG and LOC spans off IOB2 labels (<see cref="NerLabels"/>; MISC spans are not site entities); with a
/// <see cref="KindModel"/>, each span notes what kind of name that model reads it as. A nationality word tagged apart
/// right before an organisation of several words opens that organisation's name ("Syrian" + "Observatory for Human
/// Rights"): the tagger read the adjective as a nationality, but an institution named after its country keeps it. Before
/// a one-word organisation it stays a qualifier ("Russian" Gazprom). An organisation followed by a model number or a
/// version (<see cref="ModelNumbers"/>) is read as a product, whatever the kind model reads: the archive then counts it
/// among the mentions that are not organisations (<see cref="ArchiveEntityKinds"/>).
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
                    if (kind == EntityKind.Organisation && i - start >= 2 && OpensWithNationality(tokens, labels, start))
                    {
                        start--;
                    }

                    var reading = kind == EntityKind.Organisation && ModelNumbers.At(tokens, i)
                        ? KindModel.Misc
                        : kinds?.Classify(tokens, start, i) ?? -1;
                    yield return new EntitySpan(tokens[start..i], kind, reading);
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

    /// <summary>The token before <paramref name="start"/> is a one-token MISC span that is a nationality word.</summary>
    private static bool OpensWithNationality(string[] tokens, int[] labels, int start) =>
        start >= 1
        && NerLabels.TypeOf(labels[start - 1]) == Misc && !NerLabels.IsInside(labels[start - 1])
        && EntityWords.IsDemonym(tokens[start - 1]);

    private const int Misc = 4;

    private static EntityKind? KindOf(int type) => type switch
    {
        1 => EntityKind.Person,
        2 => EntityKind.Organisation,
        3 => EntityKind.Place,
        _ => null,
    };
}
