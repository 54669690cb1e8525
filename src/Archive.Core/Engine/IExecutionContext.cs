using Archive.Core.Diagnostics;

namespace Archive.Core.Engine;

/// <summary>What a module sees of the running engine.</summary>
public interface IExecutionContext
{
    string PipelineName { get; }

    /// <summary>Every pipeline of the build, in dependency order.</summary>
    IReadOnlyList<string> PipelineNames { get; }

    Phase Phase { get; }

    /// <summary>How many documents modules work on at once.</summary>
    Parallelism Parallelism { get; }

    /// <summary>
    /// The documents another pipeline has produced: in Process, the Process outputs of a declared
    /// dependency; in PostProcess, the Process outputs of any pipeline; in Output, its PostProcess outputs.
    /// </summary>
    IReadOnlyList<Document> OutputsOf(string pipelineName);

    void Report(Diagnostic diagnostic);

    /// <summary>A service of the build (see <see cref="ServiceSet"/>), by the exact type it was registered under; missing is an error.</summary>
    T GetService<T>() where T : class;

    /// <summary>The service of type <typeparamref name="T"/>, or null when the build has none.</summary>
    T? TryGetService<T>() where T : class;
}
