using System.Runtime.InteropServices;

namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// The first pass's labels for every capitalised word of a document: how often each lower-cased word was
/// tagged PER, ORG, LOC, MISC or O. The second pass reads it as "what this word is elsewhere in the
/// document" (a label memory, after Ratinov and Roth's prediction history), with the word's own first-pass
/// label taken out.
/// </summary>
internal sealed class LabelMemory
{
    public const int Types = 5; // O, PER, ORG, LOC, MISC

    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    public LabelMemory(IReadOnlyList<SentenceView> sentences, IReadOnlyList<int[]> labels)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(labels);
        for (var s = 0; s < sentences.Count; s++)
        {
            var view = sentences[s];
            for (var i = 0; i < view.Count; i++)
            {
                if (!Counts(view, i))
                {
                    continue;
                }

                ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, view.Lower[i], out _);
                counts ??= new int[Types];
                counts[NerLabels.TypeOf(labels[s][i])]++;
            }
        }
    }

    /// <summary>Whether a token takes part in the memory: capitalised and with a letter.</summary>
    public static bool Counts(SentenceView sentence, int index)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.NameLike[index];
    }

    /// <summary>Counts per type for the other occurrences of the word at <paramref name="index"/> (its own label removed).</summary>
    public bool TryGetOthers(SentenceView sentence, int index, int ownLabel, Span<int> counts)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (!Counts(sentence, index) || !_counts.TryGetValue(sentence.Lower[index], out var all))
        {
            return false;
        }

        all.CopyTo(counts);
        counts[NerLabels.TypeOf(ownLabel)]--;
        var total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        return total > 0;
    }
}
