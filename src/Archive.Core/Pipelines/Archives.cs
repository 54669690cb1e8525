using Archive.Core.Engine;
using Archive.Core.Modules;

namespace Archive.Core.Pipelines;

/// <summary>Home, tag, entity, source and date index pages.</summary>
public sealed class Archives : Pipeline
{
    public Archives()
    {
        Dependencies.Add(nameof(ArticleAnalysis));
        ProcessModules.Add(new RenderArchives());
    }
}
