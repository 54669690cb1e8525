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

    /// <summary>
    /// Two independent results: at a degree above 1, <paramref name="first"/> on a pool thread while <paramref name="second"/>
    /// runs on the calling thread (for steps that are mostly serial, so that each has a core); at a degree of 1, one
    /// after the other on the calling thread. Neither may depend on the other, so the results are the same either way.
    /// </summary>
    public static (T1 First, T2 Second) Both<T1, T2>(int degree, Func<T1> first, Func<T2> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (degree <= 1)
        {
            var result = first();
            return (result, second());
        }

        var side = Task.Run(first);
        var own = second();
        return (side.GetAwaiter().GetResult(), own);
    }
}
