namespace Archive.Core.Engine;

/// <summary>
/// How many documents modules work on at once (a service of the build). 1 runs everything serially,
/// which must give the same bytes as any other degree: parallel queries keep their input order.
/// </summary>
public sealed record Parallelism(int Degree)
{
    public static Parallelism Default { get; } = new(Environment.ProcessorCount);
}
