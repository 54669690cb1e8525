namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// The second-pass features: every first-pass feature of a token, plus its first-pass label and the
/// neighbours', and what the rest of the document was labelled for the same word (majority type,
/// each type seen, and whether the word was always an entity elsewhere).
/// </summary>
internal static class MemoryFeatures
{
    private const int OwnLabel = 101;
    private const int PreviousLabel = 102;
    private const int NextLabel = 103;
    private const int Majority = 104;
    private const int Seen = 105;
    private const int AlwaysEntity = 106;
    private const int MajorityShape = 107;

    /// <summary>
    /// Writes, token by token, the first-pass keys (when <paramref name="baseKeys"/> is given) followed by the
    /// memory keys. The tagger passes null and scores the first-pass keys of both stages in one go; the sums
    /// come out the same because the keys are added in the same order.
    /// </summary>
    public static void Build(
        SentenceView sentence, int[] firstPass, LabelMemory memory, uint[]? baseKeys, int[]? baseOffsets, FeatureBuffer output)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(firstPass);
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(output);
        output.Clear();
        Span<int> counts = stackalloc int[LabelMemory.Types];
        for (var i = 0; i < sentence.Count; i++)
        {
            if (baseKeys is not null && baseOffsets is not null)
            {
                for (var k = baseOffsets[i]; k < baseOffsets[i + 1]; k++)
                {
                    output.Add(baseKeys[k]);
                }
            }

            output.Add(FeatureHash.Key(OwnLabel, FeatureHash.Of(firstPass[i])));
            output.Add(FeatureHash.Key(PreviousLabel, FeatureHash.Of(i > 0 ? firstPass[i - 1] : -1), FeatureHash.Of(firstPass[i])));
            output.Add(FeatureHash.Key(NextLabel, FeatureHash.Of(firstPass[i]), FeatureHash.Of(i + 1 < sentence.Count ? firstPass[i + 1] : -1)));
            if (memory.TryGetOthers(sentence, i, firstPass[i], counts))
            {
                var best = 0;
                for (var t = 1; t < LabelMemory.Types; t++)
                {
                    if (counts[t] > counts[best])
                    {
                        best = t;
                    }

                    if (counts[t] > 0)
                    {
                        output.Add(FeatureHash.Key(Seen, FeatureHash.Of(t)));
                    }
                }

                output.Add(FeatureHash.Key(Majority, FeatureHash.Of(best)));
                output.Add(FeatureHash.Key(MajorityShape, FeatureHash.Of(best), sentence.ShapeHash[i]));
                if (counts[0] == 0)
                {
                    output.Add(FeatureHash.Key(AlwaysEntity, FeatureHash.Of(i == 0 ? 1 : 0)));
                }
            }

            output.EndToken();
        }
    }
}
