using Archive.Core.Engine;
using Archive.Core.Modules;

namespace Archive.Core.Pipelines;

/// <summary>One page per article.</summary>
public sealed class Articles : Pipeline
{
    public Articles()
    {
        Dependencies.Add(nameof(ArticleAnalysis));
        ProcessModules.Add(new TakeOutputsOf(nameof(ArticleAnalysis)));
        ProcessModules.Add(new RenderArticles());
    }
}
