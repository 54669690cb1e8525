namespace Archive.Core.Analysis;

/// <summary>
/// One result per index, worked out on up to <c>degree</c> threads. Each result goes to the slot of its index, so the
/// array is the same whatever the degree and however the indexes were shared out between threads; a degree of 1 runs
/// on the calling thread, in index order.
/// </summary>
internal static class PerIndex
{
    public static T[] Map<T>(int count, int degree, Func<int, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var results = new T[count];
        if (degree <= 1)
        {
            for (var i = 0; i < count; i++)
            {
                results[i] = read(i);
            }

            return results;
        }

        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = degree }, i => results[i] = read(i));
        return results;
    }
}
