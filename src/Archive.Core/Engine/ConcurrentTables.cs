using System.Collections.Concurrent;

namespace Archive.Core.Engine;

/// <summary>
/// Tables that every core of a build writes to for every capture or page (signatures, cache keys, summaries). A
/// default <see cref="ConcurrentDictionary{TKey, TValue}"/> has one lock per core and takes all of them each time it
/// grows, so tens of thousands of writes from every core queue on one another (a third of a preview rebuild's page
/// time, measured); sized for what the last build held and with locks to spare, writers seldom meet.
/// </summary>
public static class ConcurrentTables
{
    public static ConcurrentDictionary<TKey, TValue> Sized<TKey, TValue>(int expected, IEqualityComparer<TKey> comparer)
        where TKey : notnull =>
        new(8 * Environment.ProcessorCount, Math.Max(0, expected) + 64, comparer);
}
