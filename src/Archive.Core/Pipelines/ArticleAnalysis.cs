using Archive.Core.Engine;
using Archive.Core.Modules;

namespace Archive.Core.Pipelines;

/// <summary>Captures of one story made one article, then archive-wide resolution of the analysed articles (one spelling per tag, one name per entity, permalinks), then the archive index.</summary>
public sealed class ArticleAnalysis : Pipeline
{
    public ArticleAnalysis()
    {
        Dependencies.Add(nameof(Captures));
        ProcessModules.Add(new TakeOutputsOf(nameof(Captures)));
        ProcessModules.Add(new GroupStories());
        ProcessModules.Add(new ResolveArchive());
        ProcessModules.Add(new IndexArchive());
    }
}
