using Archive.Core.Analysis.Index;
using Archive.Core.Engine;

namespace Archive.Core.Modules;

/// <summary>Builds the archive index once per build from the Analysis outputs, for every pipeline that renders.</summary>
public sealed class IndexProvider
{
    private readonly Lock _lock = new();
    private IReadOnlyList<Document>? _source;
    private ArchiveIndex? _index;

    public ArchiveIndex For(IReadOnlyList<Document> analysed, int degree = 1, Caching.IncrementalBuild? incremental = null)
    {
        lock (_lock)
        {
            if (!ReferenceEquals(_source, analysed))
            {
                _index = incremental?.Delta?.Index ?? new ArchiveIndex(analysed.Select(d => d.Article!), degree);
                incremental?.IndexInUse(_index);
                _source = analysed;
            }

            return _index!;
        }
    }
}
