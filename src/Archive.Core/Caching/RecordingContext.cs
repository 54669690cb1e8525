using Archive.Core.Diagnostics;
using Archive.Core.Engine;

namespace Archive.Core.Caching;

/// <summary>The context of one document's run through wrapped modules: everything passes through, and what they report is also kept, to be cached with their result.</summary>
internal sealed class RecordingContext(IExecutionContext inner, string path) : IExecutionContext
{
    private readonly List<Diagnostic> _reported = [];

    /// <summary>The input path of the capture whose run this records.</summary>
    public string Path => path;

    /// <summary>What the wrapped modules reported for this document, in order (a document is on one thread at a time).</summary>
    public IReadOnlyList<Diagnostic> Reported => _reported;

    public string PipelineName => inner.PipelineName;

    public IReadOnlyList<string> PipelineNames => inner.PipelineNames;

    public Phase Phase => inner.Phase;

    public Parallelism Parallelism => inner.Parallelism;

    public IReadOnlyList<Document> OutputsOf(string pipelineName) => inner.OutputsOf(pipelineName);

    public void Report(Diagnostic diagnostic)
    {
        _reported.Add(diagnostic);
        inner.Report(diagnostic);
    }

    public T GetService<T>()
        where T : class => inner.GetService<T>();

    public T? TryGetService<T>()
        where T : class => inner.TryGetService<T>();
}
