namespace Archive.Core.Engine;

public static class ExecutionContextExtensions
{
    /// <summary>An ordered parallel query over <paramref name="source"/> at the build's degree of parallelism.</summary>
    public static ParallelQuery<T> Parallel<T>(this IExecutionContext context, IEnumerable<T> source, CancellationToken cancellationToken)
    {
        return source.AsParallel().AsOrdered().WithDegreeOfParallelism(context.Degree()).WithCancellation(cancellationToken);
    }

    /// <summary>The build's degree of parallelism (the <see cref="Parallelism"/> service, else one per core).</summary>
    public static int Degree(this IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Math.Clamp((context.TryGetService<Parallelism>() ?? Parallelism.Default).Degree, 1, 512);
    }
}
