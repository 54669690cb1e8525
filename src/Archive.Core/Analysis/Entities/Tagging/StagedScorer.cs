namespace Archive.Core.Analysis.Entities.Tagging;

/// <summary>
/// Scores the first-pass features of a token for both stages of a <see cref="TwoStageModel"/> with one
/// probe per key: one open-addressing table over the union of the stages' keys, each slot holding the
/// key and its row in either stage (or -1).
/// </summary>
internal sealed class StagedScorer
{
    private readonly Entry[] _slots;
    private readonly int _mask;
    private readonly float[] _first;
    private readonly float[] _second;

    public StagedScorer(TwoStageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _first = model.First.Weights;
        _second = model.Second.Weights;
        var keys = model.First.Keys.Union(model.Second.Keys).Order().ToArray();
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity *= 2;
        }

        _slots = new Entry[capacity];
        _mask = capacity - 1;
        foreach (var key in keys)
        {
            var slot = (int)((key * 0x9E3779B1U) & (uint)_mask);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Entry(key, model.First.Row(key), model.Second.Row(key));
        }
    }

    public void Score(ReadOnlySpan<uint> keys, Span<float> first, Span<float> second)
    {
        var labels = NerModel.LabelCount;
        foreach (var key in keys)
        {
            var slot = (int)((key * 0x9E3779B1U) & (uint)_mask);
            while (true)
            {
                ref readonly var entry = ref _slots[slot];
                if (entry.Key == key)
                {
                    if (entry.First >= 0)
                    {
                        Add(_first.AsSpan(entry.First * labels, labels), first);
                    }

                    if (entry.Second >= 0)
                    {
                        Add(_second.AsSpan(entry.Second * labels, labels), second);
                    }

                    break;
                }

                if (entry.Key == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }
    }

    private static void Add(ReadOnlySpan<float> weights, Span<float> scores)
    {
        for (var l = 0; l < weights.Length; l++)
        {
            scores[l] += weights[l];
        }
    }

    private readonly record struct Entry(uint Key, int First, int Second);
}
