namespace Archive.Core.Synthetic;

/// <summary>
/// SplitMix64: a seeded generator whose sequence is fixed by its algorithm, not by the runtime's
/// <see cref="Random"/> implementation, so the same seed gives the same archive on every machine.
/// </summary>
internal sealed class SyntheticRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>An independent generator for item <paramref name="index"/> of a run seeded with <paramref name="seed"/>.</summary>
    public static SyntheticRandom For(ulong seed, int index) =>
        new(Mix(seed ^ Mix(0xA0761D6478BD642FUL + (ulong)index)));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A value in [0, <paramref name="exclusiveMax"/>).</summary>
    public int Next(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMax);
        return (int)(NextUInt64() % (ulong)exclusiveMax);
    }

    /// <summary>A value in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items in a random order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToArray();
        for (var i = indexes.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }

        return indexes.Take(Math.Min(count, items.Count)).Select(i => items[i]).ToList();
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
