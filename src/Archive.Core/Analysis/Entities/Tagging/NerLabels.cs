namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>The IOB2 label set of the tagger and the transitions IOB2 allows.</summary>
internal static class NerLabels
{
    public const int Outside = 0;

    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static int Count => Names.Length;

    /// <summary>Parses a tag; IOB1 tags and unknown types are mapped to IOB2 by <see cref="ToIob2"/>.</summary>
    public static int Parse(string? tag)
    {
        var index = tag is null ? -1 : Array.IndexOf(Names, tag);
        return index < 0 ? Outside : index;
    }

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    /// <summary>The entity type of a label: 0 for O, then 1 PER, 2 ORG, 3 LOC, 4 MISC.</summary>
    public static int TypeOf(int label) => (label + 1) / 2;

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> (-1 at the start of a sentence).</summary>
    public static bool Allowed(int previous, int label) =>
        !IsInside(label) || (previous > 0 && TypeOf(previous) == TypeOf(label));

    /// <summary>Rewrites IOB1 labels (an I- tag that opens an entity) as IOB2 B- labels.</summary>
    public static void ToIob2(int[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        for (var i = 0; i < labels.Length; i++)
        {
            if (!Allowed(i == 0 ? -1 : labels[i - 1], labels[i]))
            {
                labels[i]--;
            }
        }
    }
}
