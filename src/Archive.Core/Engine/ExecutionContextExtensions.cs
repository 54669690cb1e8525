namespace Archive.Core.Engine;

public static class ExecutionContextExtensions
{
    /// <summary>An ordered parallel query over <paramref name="source"/> at the build's degree of parallelism.</summary>
    public static ParallelQuery<T> Parallel<T>(this IExecutionContext context, IEnumerable<T> source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var degree = context.TryGetService<Parallelism>()?.Degree ?? Parallelism.Default.Degree;
        return source.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Clamp(degree, 1, 512)).WithCancellation(cancellationToken);
    }
}
