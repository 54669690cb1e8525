namespace Archive.Core.Engine;

/// <summary>Pipelines depend on each other in a cycle; the message names it (A -> B -> A).</summary>
public sealed class PipelineCycleException : Exception
{
    public PipelineCycleException()
    {
    }

    public PipelineCycleException(string message)
        : base(message)
    {
    }

    public PipelineCycleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IReadOnlyList<string> Cycle { get; init; } = [];
}
