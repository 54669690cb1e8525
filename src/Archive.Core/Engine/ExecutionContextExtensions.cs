using System.Collections.Concurrent;

namespace Archive.Core.Engine;

public static class ExecutionContextExtensions
{
    /// <summary>
    /// An ordered parallel query over <paramref name="source"/> at the build's degree of parallelism; twice that
    /// when each item also waits on the disk (<paramref name="readsFiles"/>), so that a core whose worker waits
    /// for a read has another worker to run. A degree of 1 stays 1 (serial builds stay serial). Lists are handed
    /// out in small chunks as workers ask for them, not cut into one fixed range per worker up front: a range
    /// of slower items would leave the other cores idle at the end of the step.
    /// </summary>
    public static ParallelQuery<T> Parallel<T>(this IExecutionContext context, IEnumerable<T> source, CancellationToken cancellationToken, bool readsFiles = false)
    {
        var degree = context.Degree();
        var items = source is IList<T> list ? Partitioner.Create(list, loadBalance: true).AsParallel() : source.AsParallel();
        return items.AsOrdered().WithDegreeOfParallelism(readsFiles && degree > 1 ? 2 * degree : degree).WithCancellation(cancellationToken);
    }

    /// <summary>The build's degree of parallelism.</summary>
    public static int Degree(this IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Math.Clamp(context.Parallelism.Degree, 1, 512);
    }
}
