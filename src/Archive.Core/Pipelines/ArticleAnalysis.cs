using Archive.Core.Engine;
using Archive.Core.Modules;

namespace Archive.Core.Pipelines;

/// <summary>Entities and tags per article, captures of one story made one article, then archive-wide resolution and permalinks, then the archive index.</summary>
public sealed class ArticleAnalysis : Pipeline
{
    public ArticleAnalysis()
    {
        Dependencies.Add(nameof(Captures));
        ProcessModules.Add(new TakeOutputsOf(nameof(Captures)));
        ProcessModules.Add(new AnalyseArticles());
        ProcessModules.Add(new GroupStories());
        ProcessModules.Add(new ResolveArchive());
        ProcessModules.Add(new IndexArchive());
    }
}
